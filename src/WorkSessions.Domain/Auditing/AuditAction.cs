namespace WorkSessions.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
