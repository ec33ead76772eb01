using WorkSessions.Domain.Auditing;

namespace WorkSessions.Web.Features.Admin;

public sealed record AuditListItem(long Id, DateTime AtUtc, string UserName, AuditAction Action, string EntityType, string EntityId, string Changes);
