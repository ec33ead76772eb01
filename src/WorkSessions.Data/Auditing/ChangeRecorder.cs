using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notifications;

namespace WorkSessions.Data.Auditing;

/// <summary>
/// What every save does before and after it reaches the database, in one place:
/// deletes become soft deletes, text becomes NFC, versions go up, and each change is audited.
/// Audit rows are written in the same transaction as the change, after it, so that new rows
/// are recorded with their real ids.
/// </summary>
public sealed class ChangeRecorder(ICurrentUser user, TimeProvider clock)
{
    private static readonly HashSet<string> NotAudited = [nameof(Entity.Version), "SearchKey"];

    /// <summary>Recorded as changed, never with their values: no password, token or key reaches the audit log.</summary>
    private static readonly HashSet<string> Secrets =
    [
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        nameof(DataProtectionKey.Xml), nameof(Identity.PortalUser.CalendarFeedToken),
    ];

    private const string Masked = "***";

    /// <summary>
    /// Saves the context's changes and their audit rows in one transaction. The changes are saved
    /// without being accepted, and accepted only once the transaction has committed: when the
    /// execution strategy retries after a failed commit (SQL Server's retries), the second attempt
    /// saves them again instead of finding nothing to save. The audit rows go through a sibling
    /// context on the same connection and transaction, since saving them in this one would save the
    /// unaccepted changes a second time.
    /// </summary>
    /// <param name="db">The context whose changes are saved.</param>
    /// <param name="save">The context's own save, with its accept flag.</param>
    /// <param name="sibling">A new context of the same options, for the audit rows.</param>
    /// <param name="acceptAllChangesOnSuccess">Whether the changes are accepted once committed, as EF's own flag.</param>
    /// <param name="ct">Cancels the save.</param>
    public async Task<int> SaveWithAuditAsync(
        DbContext db,
        Func<bool, CancellationToken, Task<int>> save,
        Func<DbContext> sibling,
        bool acceptAllChangesOnSuccess,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = Prepare(db, now);
        if (pending.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess, ct);
        }

        var userName = await user.GetNameAsync();
        var strategy = db.Database.CreateExecutionStrategy();
        var written = await strategy.ExecuteAsync(async token =>
        {
            var ownTransaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(token)
                : null;
            await using (ownTransaction)
            {
                // Not accepted yet: new rows keep their state, their generated ids are read from the entries.
                var saved = await save(false, token);
                await using (var audit = sibling())
                {
                    audit.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
                    await audit.Database.UseTransactionAsync(db.Database.CurrentTransaction!.GetDbTransaction(), token);
                    audit.Set<AuditEntry>().AddRange(pending.Select(p => p.ToEntry(now, userName)));
                    await audit.SaveChangesAsync(token);
                }

                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(token);
                }

                return saved;
            }
        }, ct);

        if (acceptAllChangesOnSuccess)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return written;
    }

    private static List<PendingAudit> Prepare(DbContext db, DateTime now)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            // A notification is derived from changes that are audited already, and a wrong password is
            // audited by the sign-in itself: recording either again would double the trail.
            if (entry.Entity is AuditEntry or Notification or Identity.SignInFailure || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.State == EntityState.Deleted && entry.Entity is Entity deleted)
            {
                entry.State = EntityState.Modified;
                deleted.MarkDeleted(now);
            }

            NormaliseText(entry);
            if (entry.State == EntityState.Modified && entry.Entity is Entity)
            {
                var version = entry.Property(nameof(Entity.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            var audited = AuditedProperties(entry);
            if (entry.State == EntityState.Modified && audited.Count == 0)
            {
                // Only unaudited columns moved (a version bump on the aggregate root, a search key): nothing to tell.
                continue;
            }

            pending.Add(new PendingAudit(entry, ActionOf(entry), audited));
        }

        return pending;
    }

    private static AuditAction ActionOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => AuditAction.Created,
        EntityState.Deleted => AuditAction.Deleted,
        _ when entry.Entity is Entity { IsDeleted: true } && entry.Property(nameof(Entity.IsDeleted)).IsModified => AuditAction.Deleted,
        _ => AuditAction.Updated,
    };

    private static void NormaliseText(EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
        {
            if (property.CurrentValue is string text && !text.IsNormalized(NormalizationForm.FormC))
            {
                property.CurrentValue = text.Normalize(NormalizationForm.FormC);
            }
        }
    }

    /// <summary>
    /// Every property of a new row; for a changed row, the properties that changed with their old
    /// values. Taken before the save, which overwrites the old values.
    /// </summary>
    private static List<(PropertyEntry Property, object? Old)> AuditedProperties(EntityEntry entry)
    {
        var audited = new List<(PropertyEntry, object?)>();
        foreach (var property in entry.Properties)
        {
            if (NotAudited.Contains(property.Metadata.Name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            if (entry.State == EntityState.Added)
            {
                audited.Add((property, null));
            }
            else if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                audited.Add((property, property.OriginalValue));
            }
        }

        return audited;
    }

    /// <summary>
    /// Described after the save, so that new values hold real ids: before it, the foreign key of a row
    /// added with its parent is only a temporary negative number.
    /// </summary>
    private sealed record PendingAudit(EntityEntry Entry, AuditAction Action, List<(PropertyEntry Property, object? Old)> Properties)
    {
        public AuditEntry ToEntry(DateTime now, string userName)
        {
            var key = Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue);
            return new AuditEntry(now, userName, Action, Entry.Metadata.ClrType.Name, string.Join('/', key), Describe());
        }

        /// <summary>{"Property": {"old": …, "new": …}} for what changed; all values for a new row.</summary>
        private string Describe()
        {
            var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (property, old) in Properties)
            {
                var name = property.Metadata.Name;
                // A token's "Value" is secret; an indicator's "Value" is the figure the audit must keep.
                var secret = Secrets.Contains(name) || (Entry.Entity is IdentityUserToken<string> && name == nameof(IdentityUserToken<string>.Value));
                var current = secret && property.CurrentValue is not null ? Masked : Printable(property.CurrentValue);
                if (Action == AuditAction.Created)
                {
                    if (current is not null)
                    {
                        changes[name] = new { @new = current };
                    }
                }
                else
                {
                    changes[name] = new { old = secret && old is not null ? Masked : Printable(old), @new = current };
                }
            }

            return JsonSerializer.Serialize(changes, AuditJson.Options);
        }

        /// <summary>A file's bytes are recorded by size and fingerprint: the trail says what changed without copying the file.</summary>
        private static object? Printable(object? value) => value is byte[] bytes
            ? $"{bytes.Length} byte, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}"
            : value;
    }
}
