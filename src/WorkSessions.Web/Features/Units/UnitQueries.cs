using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Units;

/// <summary>The register is for the provincial side: unit users are refused here, not just hidden from the menu.</summary>
public sealed class UnitQueries(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit)
{
    public async Task<PagedResult<UnitListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.ReadsEverything, "Units", "Xem danh sách đơn vị", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Units.AsNoTracking();
        var key = VietnameseText.Fold(search);
        if (key.Length > 0)
        {
            query = query.Where(u => u.SearchKey.Contains(key));
        }

        var total = await query.CountAsync(ct);
        query = (page.SortBy, page.Descending) switch
        {
            (nameof(UnitListItem.ValidFrom), false) => query.OrderBy(u => u.ValidFrom).ThenBy(u => u.SearchKey),
            (nameof(UnitListItem.ValidFrom), true) => query.OrderByDescending(u => u.ValidFrom).ThenBy(u => u.SearchKey),
            (nameof(UnitListItem.Name), true) => query.OrderByDescending(u => u.SearchKey),
            // What the office added from sessions first, for an administrator to review.
            (nameof(UnitListItem.AwaitsReview), _) => query.OrderByDescending(u => u.AwaitsReview).ThenBy(u => u.SearchKey),
            // The folded key sorts Đ with D and Ủ with U, as a Vietnamese reader expects; binary order puts them after Z.
            _ => query.OrderBy(u => u.SearchKey),
        };
        var items = await query.Page(page)
            .Select(u => new UnitListItem(u.Id, u.Name, u.Kind, u.Parent == null ? null : u.Parent.Name, u.ValidFrom, u.ValidTo, u.MergedInto == null ? null : u.MergedInto.Name, u.AwaitsReview))
            .ToListAsync(ct);
        return new PagedResult<UnitListItem>(items, total);
    }
}
