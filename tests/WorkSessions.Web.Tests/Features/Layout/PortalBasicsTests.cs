using System.Net;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Layout;

[Collection(PortalCollection.Name)]
public sealed class PortalBasicsTests(PortalFixture portal)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var response = await portal.Http.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_portal_speaks_Vietnamese_by_default_and_English_on_request()
    {
        var page = await portal.OpenAsync("/sessions");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Tổng quan");
        await Expect(page.Locator("text=Số dòng mỗi trang:")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Work sessions");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_returns_to_the_page_reached_inside_the_circuit()
    {
        var page = await portal.OpenAsync("/sessions");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhiệm vụ");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        new Uri(page.Url).AbsolutePath.ShouldBe("/tasks");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Navigation_reaches_every_area()
    {
        var page = await portal.OpenAsync("/");
        foreach (var (link, heading) in new[] { ("Buổi làm việc", "Buổi làm việc"), ("Nhiệm vụ", "Nhiệm vụ"), ("Đơn vị", "Đơn vị"), ("Cán bộ", "Cán bộ"), ("Tổng quan", "Tổng quan") })
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        }

        await page.Context.CloseAsync();
    }
}
