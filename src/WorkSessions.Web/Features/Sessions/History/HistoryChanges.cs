using System.Text.Json;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Sessions.History;

/// <summary>An audit row's changes ({"Place": {"old": "A", "new": "B"}}) as lines a person reads.</summary>
public static class HistoryChanges
{
    private const int Longest = 160;

    /// <summary>The audit stores enums by number; these are the ones the history shows, by the row they belong to.</summary>
    private static readonly Dictionary<(string Entity, string Field), Type> Enums = new()
    {
        [(nameof(WorkSession), nameof(WorkSession.Status))] = typeof(WorkSessionStatus),
        [(nameof(WorkSession), nameof(WorkSession.Kind))] = typeof(WorkSessionKind),
        [(nameof(WorkSession), nameof(WorkSession.DatePrecision))] = typeof(DatePrecision),
        [(nameof(WorkSession), nameof(WorkSession.PartOfDay))] = typeof(PartOfDay),
        [(nameof(Attendance), nameof(Attendance.Side))] = typeof(AttendanceSide),
        [(nameof(Attendance), nameof(Attendance.Role))] = typeof(AttendanceRole),
        [(nameof(Directive), nameof(Directive.Field))] = typeof(DirectiveField),
        [(nameof(FollowUpTask), nameof(FollowUpTask.ReportingSchedule))] = typeof(ReportingSchedule),
        [(nameof(FollowUpTask), nameof(FollowUpTask.State))] = typeof(TaskState),
        [(nameof(Attachment), nameof(Attachment.Kind))] = typeof(AttachmentKind),
    };

    public static Type? EnumOf(string entityType, string field) => Enums.GetValueOrDefault((entityType, field));

    public static IReadOnlyList<(string Field, string? Old, string? New)> Read(string changes)
    {
        try
        {
            using var json = JsonDocument.Parse(changes);
            return [.. json.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object)
                .Select(p => (p.Name, Value(p.Value, "old"), Value(p.Value, "new")))];
        }
        catch (JsonException)
        {
            return [(string.Empty, null, changes)];
        }
    }

    private static string? Value(JsonElement change, string name)
    {
        if (!change.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length <= Longest ? text : text[..Longest] + "…";
    }
}
