using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>One row of the task register: what the list shows and every column of the sổ theo dõi export.</summary>
public sealed record TaskListItem(
    int Id,
    int SessionId,
    string SessionTitle,
    DateOnly SessionDate,
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
