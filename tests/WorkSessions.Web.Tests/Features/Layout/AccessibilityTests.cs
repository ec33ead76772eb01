using Deque.AxeCore.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Layout;

[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sessions")]
    [InlineData("/sessions/2")]
    [InlineData("/sessions/1/edit")]
    [InlineData("/sessions/new")]
    [InlineData("/tasks")]
    [InlineData("/tasks?state=Done")]
    [InlineData("/tasks/13")]
    [InlineData("/tasks/13", "lanhdao")]
    [InlineData("/tasks/13", "cole")]
    [InlineData("/", "cole")]
    [InlineData("/units")]
    [InlineData("/officials")]
    [InlineData("/admin/users", "admin")]
    [InlineData("/admin/audit", "admin")]
    [InlineData("/admin/format-profiles", "admin")]
    public async Task Page_has_no_serious_or_critical_axe_violation(string path, string userName = "vanphong")
    {
        var page = await portal.OpenAsync(path, userName);
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(page.Locator("main")).ToHaveCountAsync(1);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        serious.ShouldBeEmpty();
        await page.Context.CloseAsync();
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
