using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Sessions;

// What the session page shows, read in one go and detached from the context.

public sealed record SessionDetails(
    int Id,
    string Title,
    SessionDate Date,
    TimeOnly? StartTime,
    PartOfDay? PartOfDay,
    string? Place,
    WorkSessionKind Kind,
    WorkSessionStatus Status,
    string HostUnit,
    string Subjects,
    string? Notes,
    IReadOnlyList<AttendeeView> Attendees,
    ReportView? Report,
    ConclusionView? Conclusion)
{
    public int TaskCount => Conclusion?.Directives.Sum(d => d.Tasks.Count) ?? 0;

    public int TasksDone => Conclusion?.Directives.Sum(d => d.TasksDone) ?? 0;
}

/// <summary>A person, or a group the source names only as such (<paramref name="IsGroup"/>, described in <paramref name="FullName"/>).</summary>
public sealed record AttendeeView(string FullName, string Title, AttendanceSide Side, AttendanceRole Role, bool IsGroup = false);

public sealed record ReportView(string Title, string PeriodCovered, IReadOnlyList<SectionView> Sections, IReadOnlyList<IndicatorView> Indicators);

public sealed record SectionView(string Heading, string Body);

public sealed record IndicatorView(string Name, Figure Value, string UnitOfMeasure, Figure? Target, string? Note);

public sealed record ConclusionView(string Assessment, IReadOnlyList<DirectiveView> Directives);

public sealed record DirectiveView(int Id, int Number, DirectiveField Field, string Text, IReadOnlyList<TaskView> Tasks)
{
    public int TasksDone => Tasks.Count(t => t.State == TaskState.Done);
}

public sealed record TaskView(
    int Id,
    string LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    DateOnly? OriginalDeadline,
    DateOnly? CurrentDeadline,
    string ExpectedOutput,
    ReportingSchedule ReportingSchedule,
    TaskState State,
    TimePosition Position,
    int Percent);
