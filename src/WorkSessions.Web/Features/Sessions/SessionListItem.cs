using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Sessions;

public sealed record SessionListItem(
    int Id,
    DateOnly HeldOn,
    string Title,
    string HostUnit,
    string? Chair,
    WorkSessionKind Kind,
    WorkSessionStatus Status,
    int TaskCount,
    int TasksDone);
