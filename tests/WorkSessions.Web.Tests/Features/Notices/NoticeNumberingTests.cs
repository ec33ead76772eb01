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
    public async Task Two_leaders_issuing_notices_of_one_committee_at_once_get_two_consecutive_numbers()
    {
        var first = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var second = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var before = await LastNumberAsync("Tỉnh ủy Nam Định");

        var numbers = await Task.WhenAll(Task.Run(() => NoticeScenario.IssueAsync(portal, first)), Task.Run(() => NoticeScenario.IssueAsync(portal, second)));

        numbers.Order().ShouldBe([$"{before + 1}-TB/TU", $"{before + 2}-TB/TU"]);
        await using var db = await portal.DbAsync();
        (await db.IssuedNoticePdfs.CountAsync(p => p.ConclusionNoticeId == first || p.ConclusionNoticeId == second)).ShouldBe(2);
    }

    [Fact]
    public async Task Two_committees_issuing_at_once_each_take_their_own_next_number()
    {
        // Trực Ninh's notices are Tỉnh ủy Nam Định's; Cổ Lễ's, after the 2025 merger, Tỉnh ủy Ninh Bình's.
        var namDinh = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var ninhBinh = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal, "Đảng ủy xã Cổ Lễ"));
        var namDinhBefore = await LastNumberAsync("Tỉnh ủy Nam Định");
        var ninhBinhBefore = await LastNumberAsync("Tỉnh ủy Ninh Bình");

        var numbers = await Task.WhenAll(Task.Run(() => NoticeScenario.IssueAsync(portal, namDinh)), Task.Run(() => NoticeScenario.IssueAsync(portal, ninhBinh)));

        numbers.ShouldBe([$"{namDinhBefore + 1}-TB/TU", $"{ninhBinhBefore + 1}-TB/TU"]);
        (await LastNumberAsync("Tỉnh ủy Nam Định")).ShouldBe(namDinhBefore + 1);
        (await LastNumberAsync("Tỉnh ủy Ninh Bình")).ShouldBe(ninhBinhBefore + 1);
    }

    [Fact]
    public async Task Two_leaders_issuing_the_same_draft_at_once_issue_it_once_and_use_one_number()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var version = await NoticeScenario.VersionAsync(portal, notice);
        var before = await LastNumberAsync("Tỉnh ủy Nam Định");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
            return await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssueAsync(notice, version);
        })));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Said()[string.Empty].ShouldStartWith("Thông báo đã được ban hành");
        (await LastNumberAsync("Tỉnh ủy Nam Định")).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Twenty_parallel_draws_give_each_number_exactly_once()
    {
        const string period = "kiểm-thử";
        var draws = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var db = await portal.DbAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await NoticeNumbering.NextAsync(db, null, "TB", "TU-TEST", period, CancellationToken.None);
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
            await NoticeNumbering.NextAsync(db, null, "TB", "TU-ROLLBACK", "2025-2030", CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using var again = await portal.DbAsync();
        await using var second = await again.Database.BeginTransactionAsync();
        (await NoticeNumbering.NextAsync(again, null, "TB", "TU-ROLLBACK", "2025-2030", CancellationToken.None)).ShouldBe(1);
    }

    /// <summary>The last number the committee gave a notice in this term (0 before its first).</summary>
    private async Task<int> LastNumberAsync(string committee)
    {
        await using var db = await portal.DbAsync();
        var unit = await db.Units.Where(u => u.Name == committee).Select(u => u.Id).SingleAsync();
        var period = NoticeFormat.Guidance2018.NumberingPeriod(DateOnly.FromDateTime(PortalFixture.Today.DateTime));
        return await db.NoticeNumberCounters.Where(c => c.IssuingUnitId == unit && c.TypeCode == "TB" && c.IssuerCode == "TU" && c.Period == period).Select(c => c.LastNumber).SingleOrDefaultAsync();
    }
}
