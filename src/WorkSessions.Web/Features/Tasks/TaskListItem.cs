using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Tasks;

public sealed record TaskListItem(
    int Id,
    int SessionId,
    string SessionTitle,
    DateOnly SessionDate,
    int DirectiveNumber,
    string DirectiveText,
    string LeadUnit,
    DateOnly? OriginalDeadline,
    DateOnly? CurrentDeadline,
    TaskState State,
    int Percent,
    TimePosition Position);
