using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>One task as its page shows it: the "6 rõ", where it stands, its timeline, and what this person may do.</summary>
public sealed record TaskDetails(
    int Id,
    int Version,
    int SessionId,
    string SessionTitle,
    SessionDate SessionDate,
    int DirectiveNumber,
    string DirectiveText,
    DirectiveField Field,
    string LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    string ExpectedOutput,
    ReportingSchedule ReportingSchedule,
    DateOnly AssignedOn,
    DateOnly? OriginalDeadline,
    DateOnly? CurrentDeadline,
    TaskState State,
    int Percent,
    TimePosition Position,
    PendingExtension? PendingExtension,
    IReadOnlyList<TimelineEntry> Timeline,
    TaskActions Actions);

/// <summary>What the signed-in person may do on the task now; the service checks each again.</summary>
public sealed record TaskActions(bool Report, bool RequestExtension, bool Review, bool DecideExtension)
{
    public bool Any => Report || RequestExtension || Review || DecideExtension;
}

public sealed record PendingExtension(int Id, DateOnly RequestedOn, DateOnly PreviousDeadline, DateOnly ProposedDeadline, string Reason, string RequestedBy);

public enum TimelineKind
{
    Assigned,
    Progress,
    ReportedDone,
    ExtensionRequested,
    ExtensionDecided,
    Confirmed,
    Returned,
}

/// <summary>One event in a task's life: who did what on which day, with the text and files that came with it.</summary>
public sealed record TimelineEntry(
    DateOnly On,
    TimelineKind Kind,
    string By,
    string? Text,
    int? Percent = null,
    string? OutputDocument = null,
    DateOnly? Deadline = null,
    ExtensionStatus? Decision = null,
    IReadOnlyList<EvidenceFile>? Files = null);

public sealed record EvidenceFile(int Id, string FileName, long Length);
