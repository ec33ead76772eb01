using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>One row of the task register: what the list shows and every column of the sổ theo dõi export.</summary>
public sealed record TaskListItem(
    int Id,
    int SessionId,
    string SessionTitle,
    SessionDate SessionDate,
    string? Chair,
    int DirectiveNumber,
    string DirectiveText,
    DirectiveField Field,
    int LeadUnitId,
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
    DateOnly? ReportedDoneOn,
    DateOnly? CompletedOn,
    DateOnly? LastReportOn,
    string? LastReport);
