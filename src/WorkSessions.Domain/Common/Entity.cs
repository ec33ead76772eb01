namespace WorkSessions.Domain.Common;

/// <summary>
/// Base of every stored entity: an identity, a soft-delete flag (nothing is ever erased,
/// the audit trail must keep pointing at something) and an optimistic concurrency version
/// that the data layer increments on every update.
/// </summary>
public abstract class Entity
{
    public int Id { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAtUtc { get; private set; }

    /// <summary>Incremented by the data layer on each update; a stale copy cannot overwrite a newer one.</summary>
    public int Version { get; private set; }

    public void MarkDeleted(DateTime utcNow)
    {
        if (IsDeleted)
        {
            return;
        }

        IsDeleted = true;
        DeletedAtUtc = utcNow;
    }
}
