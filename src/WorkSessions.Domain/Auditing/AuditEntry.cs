namespace WorkSessions.Domain.Auditing;

/// <summary>One recorded change: who, when, what, with old and new values as JSON. Never edited or deleted.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserName = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        Changes = string.Empty;
    }

    public AuditEntry(DateTime atUtc, string userName, AuditAction action, string entityType, string entityId, string changes)
    {
        AtUtc = atUtc;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserName { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>{"Property": {"old": …, "new": …}} for the properties that changed.</summary>
    public string Changes { get; private set; }
}
