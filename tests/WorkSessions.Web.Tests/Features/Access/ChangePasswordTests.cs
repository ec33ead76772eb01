using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class ChangePasswordTests(PortalFixture portal)
{
    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        await portal.CreateUserAsync("doi-mat-khau", PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", "doi-mat-khau");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(PortalFixture.DemoPassword);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Moi@Mat-Khau-2026");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Moi@Mat-Khau-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi mật khẩu.");
        var fresh = await portal.NewPageAsync();
        await fresh.GotoAsync(portal.Url("/account/login"));
        await PortalFixture.SubmitSignInAsync(fresh, "doi-mat-khau", PortalFixture.DemoPassword);
        await Expect(fresh.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await fresh.GetByLabel("Mật khẩu").FillAsync("Moi@Mat-Khau-2026");
        await fresh.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await fresh.Locator("main[data-interactive='true']").WaitForAsync();
        await page.Context.CloseAsync();
        await fresh.Context.CloseAsync();
    }

    [Fact]
    public async Task A_mismatched_confirmation_is_explained_and_the_password_stays()
    {
        await portal.CreateUserAsync("nhap-lech", PortalRoles.OfficeStaff);
        var page = await portal.SignInAsync("/account/password", "nhap-lech");

        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(PortalFixture.DemoPassword);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Moi@Mat-Khau-2026");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Khac@Mat-Khau-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await Expect(page.Locator(".validation-message")).ToHaveTextAsync("Hai lần nhập mật khẩu mới không khớp.");
        await page.Context.CloseAsync();
        var again = await portal.OpenAsync("/sessions", "nhap-lech");
        await again.Context.CloseAsync();
    }
}
