using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Admin;

[Collection(PortalCollection.Name)]
public sealed class AuditLogTests(PortalFixture portal)
{
    [Fact]
    public async Task The_audit_log_shows_sign_ins_and_filters_by_user()
    {
        var unit = await portal.OpenAsync("/sessions", "trucninh");
        await unit.Context.CloseAsync();
        var page = await portal.OpenAsync("/admin/audit", "admin");

        await page.GetByLabel("Lọc theo người thực hiện hoặc đối tượng").FillAsync("trucninh");

        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows.First).ToContainTextAsync("trucninh");
        await Expect(page.Locator("tbody")).ToContainTextAsync("Đăng nhập");
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row).ToContainTextAsync("trucninh");
        }

        await Expect(page.Locator("tbody")).Not.ToContainTextAsync("Demo@2021!");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_audit_log_refuses_leadership()
    {
        var page = await portal.SignInAsync("/admin/audit", "lanhdao");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập");
        await page.Context.CloseAsync();
    }
}
