using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Admin;

/// <summary>The audit log for administrators: newest first, filtered by who or what.</summary>
public sealed class AuditQueries(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit)
{
    public async Task<PagedResult<AuditListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.Administers, "AuditLog", "Xem nhật ký", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        var text = search?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            query = query.Where(a => a.UserName.Contains(text) || a.EntityType.Contains(text) || a.EntityId.Contains(text));
        }

        var total = await query.CountAsync(ct);
        var items = await (page.Descending || page.SortBy is null ? query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id) : query.OrderBy(a => a.AtUtc).ThenBy(a => a.Id))
            .Page(page)
            .Select(a => new AuditListItem(a.Id, a.AtUtc, a.UserName, a.Action, a.EntityType, a.EntityId, a.Changes))
            .ToListAsync(ct);
        return new PagedResult<AuditListItem>(items, total);
    }
}
