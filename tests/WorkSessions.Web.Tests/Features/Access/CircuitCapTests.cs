using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// One person cannot open circuits without end (ASVS 11.1.4 anti-automation, and the finding of 20
/// live circuits for one user): past Circuits:MaxPerUser (10) a tab shows why, in Vietnamese, and
/// holds no portal; when a tab of that person closes, the waiting tab opens its page by itself.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CircuitCapTests(PortalFixture portal)
{
    [Fact]
    public async Task The_eleventh_tab_of_one_person_shows_why_and_opens_when_another_tab_closes()
    {
        var user = await portal.CreateUserAsync($"nhieu-the-{Guid.NewGuid():N}"[..18], PortalRoles.OfficeStaff);
        var first = await portal.OpenAsync("/sessions", user.UserName!);
        List<IPage> tabs = [first];
        while (tabs.Count < CircuitGate.DefaultMaxPerUser)
        {
            tabs.Add(await OpenTabAsync(first.Context, "/tasks"));
            await Expect(tabs[^1].Locator("main[data-interactive='true']")).ToBeVisibleAsync();
        }

        var counter = portal.Services.GetRequiredService<CircuitCounter>();
        counter.Count(user.UserName!).ShouldBe(CircuitGate.DefaultMaxPerUser);

        var extra = await OpenTabAsync(first.Context, "/tasks");

        await Expect(extra.Locator(".circuit-refused h1")).ToHaveTextAsync("Đã mở quá nhiều thẻ");
        await Expect(extra.Locator(".circuit-refused")).ToContainTextAsync("đang mở 10 thẻ (cửa sổ) của cổng thông tin, là số tối đa được phép");
        await Expect(extra.Locator(".mud-appbar")).ToHaveCountAsync(0);
        counter.Count(user.UserName!).ShouldBe(CircuitGate.DefaultMaxPerUser, "the refused tab takes no place");

        // Another person is not held back by this one's tabs.
        var other = await portal.OpenAsync("/tasks", "lanhdao");
        await Expect(other.Locator("main[data-interactive='true']")).ToBeVisibleAsync();
        await other.Context.CloseAsync();

        await tabs[0].CloseAsync();

        await Expect(extra.Locator("main[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(extra.Locator(".circuit-refused")).ToHaveCountAsync(0);
        await first.Context.CloseAsync();
    }

    private async Task<IPage> OpenTabAsync(IBrowserContext context, string path)
    {
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(portal.Url(path));
        return tab;
    }
}
