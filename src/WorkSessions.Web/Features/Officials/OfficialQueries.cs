using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Officials;

/// <summary>The register is for the provincial side: unit users are refused here, not just hidden from the menu.</summary>
public sealed class OfficialQueries(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user, SecurityAudit audit)
{
    public async Task<PagedResult<OfficialListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.ReadsEverything, "Officials", "Xem danh sách cán bộ", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Officials.AsNoTracking();
        var key = VietnameseText.Fold(search);
        if (key.Length > 0)
        {
            query = query.Where(o => o.SearchKey.Contains(key));
        }

        var total = await query.CountAsync(ct);
        // By the folded name: binary order would put Đoàn after Vũ. Sorting by review brings what the office added from sessions first.
        query = (page.SortBy, page.Descending) switch
        {
            (nameof(OfficialListItem.AwaitsReview), _) => query.OrderByDescending(o => o.AwaitsReview).ThenBy(o => o.SearchKey),
            (_, true) => query.OrderByDescending(o => o.SearchKey),
            _ => query.OrderBy(o => o.SearchKey),
        };
        var officials = await query.Page(page).Include(o => o.Positions).ToListAsync(ct);
        var today = clock.Today();
        return new PagedResult<OfficialListItem>([.. officials.Select(o => ToItem(o, today))], total);
    }

    private static OfficialListItem ToItem(Official official, DateOnly today)
    {
        var current = official.TitleOn(today);
        if (current.Length > 0)
        {
            return new OfficialListItem(official.Id, official.FullName, current, true, official.AwaitsReview);
        }

        var lastDay = official.Positions.Select(p => p.To ?? p.From).DefaultIfEmpty().Max();
        return new OfficialListItem(official.Id, official.FullName, official.TitleOn(lastDay), false, official.AwaitsReview);
    }
}
