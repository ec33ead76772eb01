using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Auditing;

namespace WorkSessions.Web.Shared.Access;

/// <summary>Records sign-ins, failures, sign-outs and refusals in the audit log, beside the data changes.</summary>
public sealed class SecurityAudit(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, ILogger<SecurityAudit> logger)
{
    public const string AccountEntity = "Account";

    public async Task RecordAsync(string userName, AuditAction action, string subject, string detail, CancellationToken ct = default)
    {
        logger.LogInformation("{Action} for {UserName} on {Subject}: {Detail}", action, userName, subject, detail);
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, Truncate(userName), action, AccountEntity, Truncate(subject), detail));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records a refused request and returns the exception for the caller to throw, so every
    /// service refuses the same way: <c>throw await audit.RefuseAsync(access, "Users", "…");</c>
    /// </summary>
    public async Task<AccessDeniedException> RefuseAsync(UserAccess access, string subject, string detail, CancellationToken ct = default)
    {
        await RecordAsync(access.IsAuthenticated ? access.UserName : "(chưa đăng nhập)", AuditAction.Refused, subject, detail, ct);
        return new AccessDeniedException();
    }

    /// <summary>
    /// The one access check of the services: returns the signed-in person's access when
    /// <paramref name="allowed"/> holds, otherwise records the refusal and throws it.
    /// </summary>
    public async Task<UserAccess> RequireAsync(CurrentUser user, Func<UserAccess, bool> allowed, string subject, string detail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(allowed);
        var access = await user.GetAccessAsync();
        return allowed(access) ? access : throw await RefuseAsync(access, subject, detail, ct);
    }

    /// <summary>A typed user name can be anything; the column holds 100 characters.</summary>
    private static string Truncate(string value) => value.Length <= 100 ? value : value[..100];
}
