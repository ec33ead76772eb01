using WorkSessions.Documents.Reading;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>
/// A whole session as the editor holds it while the user types: details, attendees, report and
/// conclusion with their directives and tasks. It is saved in one transaction, so a session is
/// never half-saved, and its <see cref="Version"/> refuses a save over someone else's newer one.
/// Rows carry the id of what they edit; a row without one is new.
/// </summary>
public sealed class SessionForm
{
    public int? Id { get; set; }

    public int Version { get; set; }

    public WorkSessionStatus Status { get; set; } = WorkSessionStatus.Planned;

    public string Title { get; set; } = string.Empty;

    /// <summary>How much of the date the source gives; a month or a year is typed below instead of a day.</summary>
    public DatePrecision DatePrecision { get; set; }

    /// <summary>The day, when the source gives one (<see cref="DatePrecision.Day"/>).</summary>
    public DateTime? HeldOn { get; set; }

    /// <summary>1–12, when the source gives only the month.</summary>
    public int? Month { get; set; }

    /// <summary>When the source gives only the month or the year.</summary>
    public int? Year { get; set; }

    /// <summary>The source gives the date as an estimate ("khoảng").</summary>
    public bool DateIsApproximate { get; set; }

    public TimeSpan? StartTime { get; set; }

    /// <summary>Sáng, chiều or tối, when the source names the part of the day instead of a time.</summary>
    public PartOfDay? PartOfDay { get; set; }

    /// <summary>Empty when the source does not name the place.</summary>
    public string? Place { get; set; }

    public WorkSessionKind Kind { get; set; } = WorkSessionKind.Working;

    public int? HostUnitId { get; set; }

    /// <summary>Shown in the unit picker; the id is what is saved.</summary>
    public string? HostUnitName { get; set; }

    public string Subjects { get; set; } = string.Empty;

    public string? Notes { get; set; }

    /// <summary>The session took place (đã làm việc); a conclusion implies it.</summary>
    public bool Held { get; set; }

    public List<AttendeeForm> Attendees { get; set; } = [];

    public bool HasReport { get; set; }

    public string ReportTitle { get; set; } = string.Empty;

    public string PeriodCovered { get; set; } = string.Empty;

    public List<SectionForm> Sections { get; set; } = [];

    public List<IndicatorForm> Indicators { get; set; } = [];

    public bool HasConclusion { get; set; }

    public string Assessment { get; set; } = string.Empty;

    public List<DirectiveForm> Directives { get; set; } = [];

    /// <summary>The date as typed, or null while a part of it is missing or out of range.</summary>
    public SessionDate? Date => DatePrecision switch
    {
        DatePrecision.Day => HeldOn is { } day ? SessionDate.OnDay(DateOnly.FromDateTime(day), DateIsApproximate) : null,
        DatePrecision.Month => Month is { } month and >= 1 and <= 12 && Year is { } year && SessionDate.IsYearInRange(year) ? SessionDate.InMonth(year, month, DateIsApproximate) : null,
        _ => Year is { } year && SessionDate.IsYearInRange(year) ? SessionDate.InYear(year, DateIsApproximate) : null,
    };

    /// <summary>
    /// The day units and officials are looked up on (who existed, what title they held): the day
    /// itself, or the first day of the month or year the source gives.
    /// </summary>
    public DateTime? LookupDay => Date?.First.ToDateTime(TimeOnly.MinValue);

    /// <summary>Fills the date fields from a stored date.</summary>
    public void SetDate(SessionDate date)
    {
        DatePrecision = date.Precision;
        DateIsApproximate = date.IsApproximate;
        HeldOn = date.Precision == DatePrecision.Day ? date.First.ToDateTime(TimeOnly.MinValue) : null;
        Month = date.Precision == DatePrecision.Month ? date.First.Month : null;
        Year = date.Precision == DatePrecision.Day ? null : date.First.Year;
    }

    /// <summary>
    /// Adds what the user ticked of a proposal read from a pasted text: the people (the text's chair
    /// attends when the form has a chair already), the assessment, and the directives, each with one
    /// task for the host unit and <paramref name="usualOutput"/> as its expected output until the
    /// office words a better one. Nothing is saved; returns how many items were added.
    /// </summary>
    public int Accept(DraftProposal proposal, IReadOnlyList<bool> attendees, bool assessment, IReadOnlyList<bool> directives, string usualOutput)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(directives);
        var added = 0;
        foreach (var person in proposal.Attendees.Where((_, i) => attendees[i]))
        {
            Attendees.Add(new AttendeeForm
            {
                OfficialId = person.OfficialId,
                FullName = person.FullName,
                Title = person.RegisterTitle is { Length: > 0 } register ? register : person.TitleInText,
                Side = person.Side,
                Role = person.Role == AttendanceRole.Chair && Attendees.Any(a => a.Role == AttendanceRole.Chair) ? AttendanceRole.Attending : person.Role,
            });
            added++;
        }

        if (assessment && proposal.Assessment is { } words)
        {
            HasConclusion = true;
            Assessment = words;
            added++;
        }

        foreach (var directive in proposal.Directives.Where((_, i) => directives[i]))
        {
            HasConclusion = true;
            Directives.Add(new DirectiveForm
            {
                Field = directive.Field,
                Text = directive.Text,
                Tasks = [new TaskForm { LeadUnitId = HostUnitId, LeadUnitName = HostUnitName, ExpectedOutput = usualOutput }],
            });
            added++;
        }

        return added;
    }
}

public sealed class AttendeeForm
{
    public int? Id { get; set; }

    /// <summary>Null for a collective body or a guest outside the register.</summary>
    public int? OfficialId { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>The title on the session's day, filled from the position history and editable.</summary>
    public string Title { get; set; } = string.Empty;

    public AttendanceSide Side { get; set; } = AttendanceSide.ProvincialDelegation;

    public AttendanceRole Role { get; set; } = AttendanceRole.Attending;

    /// <summary>Attendees named only as a group; <see cref="FullName"/> holds the description.</summary>
    public bool IsGroup { get; set; }
}

public sealed class SectionForm
{
    public int? Id { get; set; }

    public string Heading { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;
}

public sealed class IndicatorForm
{
    public int? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The figure as typed ("trên 181", "4,7"), read by <see cref="VietnameseNumber"/> when saved and kept when refused.</summary>
    public string Value { get; set; } = string.Empty;

    public string UnitOfMeasure { get; set; } = string.Empty;

    public string? Target { get; set; }

    public string? Note { get; set; }
}

public sealed class DirectiveForm
{
    public int? Id { get; set; }

    public DirectiveField Field { get; set; } = DirectiveField.Other;

    public string Text { get; set; } = string.Empty;

    public List<TaskForm> Tasks { get; set; } = [];
}

public sealed class TaskForm
{
    public int? Id { get; set; }

    public int? LeadUnitId { get; set; }

    public string? LeadUnitName { get; set; }

    public List<int> CoordinatingUnitIds { get; set; } = [];

    /// <summary>Coordinating units named only as a group: "các sở, ngành liên quan".</summary>
    public string? CoordinatingGroup { get; set; }

    /// <summary>Empty for ongoing work (thường xuyên).</summary>
    public DateTime? Deadline { get; set; }

    public string ExpectedOutput { get; set; } = string.Empty;

    public ReportingSchedule ReportingSchedule { get; set; } = ReportingSchedule.OnCompletion;

    /// <summary>The unit has reported on it: lead unit and deadline are on record and shown read-only.</summary>
    public bool HasReports { get; set; }
}
