using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// What the task register is narrowed to. The same filter reads the list on screen, the Excel and
/// CSV exports, and the links behind every figure of the dashboard, so a figure and its tasks
/// always agree. It travels in the address (<see cref="ToQuery"/>, <see cref="FromQuery"/>).
/// </summary>
public sealed class TaskFilter
{
    /// <summary>The lead unit.</summary>
    public int? UnitId { get; set; }

    public DirectiveField? Field { get; set; }

    /// <summary>The official who chaired the session the task came from.</summary>
    public int? LeaderId { get; set; }

    public int? SessionId { get; set; }

    public TaskState? State { get; set; }

    public TimePosition? Position { get; set; }

    /// <summary>The deadline in force, from and to (inclusive).</summary>
    public DateTime? DeadlineFrom { get; set; }

    public DateTime? DeadlineTo { get; set; }

    /// <summary>The period the dashboard counts: tasks assigned (sessions held) from and to.</summary>
    public DateTime? AssignedFrom { get; set; }

    public DateTime? AssignedTo { get; set; }

    /// <summary>One cell of the reporting formula, set by the dashboard's links.</summary>
    public TaskTally? Tally { get; set; }

    public bool IsEmpty => ToQuery().Count == 0;

    public TaskFilter Copy() => (TaskFilter)MemberwiseClone();

    /// <summary>The filter as query parameters, only those that are set: "/tasks?unit=3&amp;tally=DoneLate".</summary>
    public Dictionary<string, string?> ToQuery()
    {
        var query = new Dictionary<string, string?>();
        Add(query, "unit", UnitId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "field", Field?.ToString());
        Add(query, "leader", LeaderId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "session", SessionId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "state", State?.ToString());
        Add(query, "position", Position?.ToString());
        Add(query, "deadlineFrom", Day(DeadlineFrom));
        Add(query, "deadlineTo", Day(DeadlineTo));
        Add(query, "from", Day(AssignedFrom));
        Add(query, "to", Day(AssignedTo));
        Add(query, "tally", Tally?.ToString());
        return query;
    }

    public string ToUrl(string path) => QueryHelpers.AddQueryString(path, ToQuery());

    /// <summary>Reads a filter from an address; what does not parse is ignored rather than refused, as a stale bookmark should still open.</summary>
    public static TaskFilter FromQuery(string? queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString);
        string? Get(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        return new TaskFilter
        {
            UnitId = Int(Get("unit")),
            Field = Enum<DirectiveField>(Get("field")),
            LeaderId = Int(Get("leader")),
            SessionId = Int(Get("session")),
            State = Enum<TaskState>(Get("state")),
            Position = Enum<TimePosition>(Get("position")),
            DeadlineFrom = Date(Get("deadlineFrom")),
            DeadlineTo = Date(Get("deadlineTo")),
            AssignedFrom = Date(Get("from")),
            AssignedTo = Date(Get("to")),
            Tally = Enum<TaskTally>(Get("tally")),
        };
    }

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (value is not null)
        {
            query[key] = value;
        }
    }

    private static string? Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateTime? Date(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static T? Enum<T>(string? value)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
