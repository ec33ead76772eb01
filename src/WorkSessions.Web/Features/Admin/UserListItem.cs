namespace WorkSessions.Web.Features.Admin;

public sealed record UserListItem(string Id, string UserName, string FullName, string? Role, int? UnitId, string? Unit, bool IsActive, bool LockedOut, bool TwoFactor, string? Email = null);
