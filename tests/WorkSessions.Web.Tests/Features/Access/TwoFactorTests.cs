using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class TwoFactorTests(PortalFixture portal)
{
    [Fact]
    public async Task A_new_administrator_must_set_up_the_authenticator_before_administering()
    {
        await portal.CreateUserAsync("qt-moi", PortalRoles.Administrator);
        var page = await portal.SignInAsync("/admin/users", "qt-moi");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("phải dùng xác thực hai lớp");

        await page.GotoAsync(portal.Url("/admin/users"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập");

        await page.GotoAsync(portal.Url("/account/two-factor"));
        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);
        await page.GetByLabel("Mã xác thực").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Mã xác thực không đúng hoặc đã hết hạn.");

        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã bật xác thực hai lớp.");
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.GotoAsync(portal.Url("/admin/users"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Người dùng");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_keeps_administering_after_the_sign_in_is_checked_again()
    {
        var page = await portal.OpenAsync("/admin/users", "admin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Người dùng");
        try
        {
            // Past the stamp check's interval, the next request rebuilds the cookie's principal; the
            // one after it reads the renewed cookie. Both must still know the sign-in used the code.
            portal.Clock.MoveTo(portal.Clock.GetUtcNow().AddMinutes(5));
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Người dùng");
            await page.GotoAsync(portal.Url("/admin/users"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Người dùng");
            await page.Locator("main[data-interactive='true']").WaitForAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Người dùng");
        }
        finally
        {
            portal.Clock.MoveTo(PortalFixture.Today);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_account_with_the_authenticator_needs_the_code_after_the_password()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.Url("/account/login"));
        await PortalFixture.SubmitSignInAsync(page, "admin", PortalFixture.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhập mã xác thực");
        await page.GetByLabel("Mã xác thực").FillAsync("123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Mã xác thực không đúng hoặc đã hết hạn.");

        await page.GotoAsync(portal.Url("/sessions"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.Context.CloseAsync();
    }
}
