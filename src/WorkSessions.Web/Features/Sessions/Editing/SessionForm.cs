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

    public DateTime? HeldOn { get; set; }

    public TimeSpan? StartTime { get; set; }

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

    public DateOnly? Day => HeldOn is { } day ? DateOnly.FromDateTime(day) : null;
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
