using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>Numbers are never reused and never given twice, even when leaders issue at the same moment.</summary>
[Collection(NoticeCollection.Name)]
public sealed class NoticeNumberingTests(PortalFixture portal)
{
    [Fact]
    public async Task Two_leaders_issuing_different_notices_at_once_get_two_consecutive_numbers()
    {
        var first = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var second = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal, "Đảng ủy xã Cổ Lễ"));
        var before = await LastNumberAsync();

        var numbers = await Task.WhenAll(Task.Run(() => NoticeScenario.IssueAsync(portal, first)), Task.Run(() => NoticeScenario.IssueAsync(portal, second)));

        numbers.Order().ShouldBe([$"{before + 1}-TB/TU", $"{before + 2}-TB/TU"]);
        await using var db = await portal.DbAsync();
        (await db.IssuedNoticePdfs.CountAsync(p => p.ConclusionNoticeId == first || p.ConclusionNoticeId == second)).ShouldBe(2);
    }

    [Fact]
    public async Task Two_leaders_issuing_the_same_draft_at_once_issue_it_once_and_use_one_number()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var version = await NoticeScenario.VersionAsync(portal, notice);
        var before = await LastNumberAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
            return await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssueAsync(notice, version);
        })));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Said()[string.Empty].ShouldStartWith("Thông báo đã được ban hành");
        (await LastNumberAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Twenty_parallel_draws_give_each_number_exactly_once()
    {
        const string period = "kiểm-thử";
        var draws = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var db = await portal.DbAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await NoticeNumbering.NextAsync(db, "TB", "TU-TEST", period, CancellationToken.None);
            await transaction.CommitAsync();
            return number;
        })));

        draws.Order().ShouldBe(Enumerable.Range(1, 20));
    }

    [Fact]
    public async Task A_number_drawn_in_a_rolled_back_issue_is_not_given()
    {
        await using (var db = await portal.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await NoticeNumbering.NextAsync(db, "TB", "TU-ROLLBACK", "2025-2030", CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using var again = await portal.DbAsync();
        await using var second = await again.Database.BeginTransactionAsync();
        (await NoticeNumbering.NextAsync(again, "TB", "TU-ROLLBACK", "2025-2030", CancellationToken.None)).ShouldBe(1);
    }

    private async Task<int> LastNumberAsync()
    {
        await using var db = await portal.DbAsync();
        var period = NoticeFormat.Guidance2018.NumberingPeriod(DateOnly.FromDateTime(PortalFixture.Today.DateTime));
        return await db.NoticeNumberCounters.Where(c => c.TypeCode == "TB" && c.IssuerCode == "TU" && c.Period == period).Select(c => c.LastNumber).SingleOrDefaultAsync();
    }
}
