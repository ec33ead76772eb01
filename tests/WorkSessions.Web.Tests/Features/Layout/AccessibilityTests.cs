using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Layout;

[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sessions")]
    [InlineData("/sessions/{session}")]
    [InlineData("/sessions/{session}/edit")]
    [InlineData("/sessions/new")]
    [InlineData("/tasks")]
    [InlineData("/tasks?state=Done")]
    [InlineData("/tasks/{task}")]
    [InlineData("/tasks/{task}", "lanhdao")]
    [InlineData("/tasks/{task}", "cole")]
    [InlineData("/", "cole")]
    [InlineData("/units")]
    [InlineData("/officials")]
    [InlineData("/admin/users", "admin")]
    [InlineData("/admin/audit", "admin")]
    [InlineData("/admin/format-profiles", "admin")]
    [InlineData("/admin/notice-numbers", "admin")]
    public async Task Page_has_no_serious_or_critical_axe_violation(string path, string userName = "vanphong")
    {
        // A seeded record found by what it is, not by an id that another seed order would change.
        path = path
            .Replace("{session}", (await portal.SessionIdAsync("Trực Ninh")).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{task}", (await CoLeTaskAsync()).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var page = await portal.OpenAsync(path, userName);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);

        // The page itself, not the "not found" page that would pass the same checks.
        await Expect(page.Locator("h1")).Not.ToContainTextAsync("Không tìm thấy");
        await Expect(page.Locator("main")).ToHaveCountAsync(1);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        serious.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    private async Task<int> CoLeTaskAsync()
    {
        await using var db = await portal.DbAsync();
        return await db.FollowUpTasks.Where(t => t.LeadUnit.Name == "Đảng ủy xã Cổ Lễ").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_or_critical_axe_violation()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.Url("/account/login"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");

        var result = await page.RunAxe();

        result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
