using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Common;

namespace WorkSessions.Data;

public static class Concurrency
{
    /// <summary>
    /// Saves the aggregate only if its root still has the version the person read, and moves that
    /// version even when only rows below the root change (a new report, an extension, a directive).
    /// Otherwise two people acting on different parts of one aggregate from the same page would both land.
    /// A root loaded at another version is refused at once; otherwise the save throws
    /// <see cref="DbUpdateConcurrencyException"/> when the stored version moved meanwhile.
    /// </summary>
    public static void ExpectVersion(this DbContext db, Entity root, int version)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(root);
        if (root.Version != version)
        {
            throw new DbUpdateConcurrencyException($"{root.GetType().Name} {root.Id} is at version {root.Version}, not {version}.");
        }

        var property = db.Entry(root).Property(nameof(Entity.Version));
        property.OriginalValue = version;
        property.IsModified = true;
    }
}
