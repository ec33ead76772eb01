using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Features.Sessions;

/// <summary>A row of the session list; <paramref name="HeldOn"/> is the date as far as it is known, sorted by its first day.</summary>
public sealed record SessionListItem(
    int Id,
    SessionDate HeldOn,
    string Title,
    string HostUnit,
    string? Chair,
    WorkSessionKind Kind,
    WorkSessionStatus Status,
    int TaskCount,
    int TasksDone);
