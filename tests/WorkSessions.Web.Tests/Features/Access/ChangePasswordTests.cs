using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkSessions.Domain.Auditing;
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

    [Theory]
    [InlineData("Demo@2021!", "Không được dùng mật khẩu demo")]
    [InlineData("CURRENT", "Mật khẩu mới phải khác mật khẩu đang dùng.")]
    [InlineData("Matkhau@2026", "quá dễ đoán")]
    [InlineData("P@ssw0rd2026!", "quá dễ đoán")]
    [InlineData("1234567890", "quá dễ đoán")]
    [InlineData("USERNAME-2026!", "không được chứa tên đăng nhập")]
    public async Task A_known_demo_or_current_password_is_refused_beside_the_new_password(string password, string message)
    {
        var userName = $"mk-{Guid.NewGuid():N}"[..12];
        await portal.CreateUserAsync(userName, PortalRoles.UnitUser, "Huyện ủy Trực Ninh");
        var page = await portal.SignInAsync("/account/password", userName);
        var typed = password switch
        {
            "CURRENT" => "Rieng-Cua-Toi#4821",
            "USERNAME-2026!" => userName + "-2026!",
            _ => password,
        };
        if (password == "CURRENT")
        {
            // The demo password is refused for its own reason: give the account a password of its own first.
            await ChangeAsync(page, PortalFixture.DemoPassword, typed);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi mật khẩu.");
        }

        await ChangeAsync(page, password == "CURRENT" ? typed : PortalFixture.DemoPassword, typed);

        var field = page.Locator(".account-field", new() { Has = page.GetByLabel("Mật khẩu mới", new() { Exact = true }) });
        await Expect(field.Locator(".validation-message", new() { HasText = message })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_current_passwords_count_as_at_sign_in_and_pause_the_form()
    {
        var userName = $"doan-{Guid.NewGuid():N}"[..14];
        await portal.CreateUserAsync(userName, PortalRoles.UnitUser, "Huyện ủy Trực Ninh");
        var page = await portal.SignInAsync("/account/password", userName);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await ChangeAsync(page, "doan-bua-" + attempt, "Moi@Mat-Khau-2026");
            await Expect(page.GetByRole(AriaRole.Alert).First).ToHaveTextAsync("Mật khẩu hiện tại không đúng.");
        }

        // The sixth try, with the right password, is not even checked.
        await ChangeAsync(page, PortalFixture.DemoPassword, "Moi@Mat-Khau-2026");

        await Expect(page.GetByRole(AriaRole.Alert).First).ToHaveTextAsync("Đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.");
        var key = userName.ToUpperInvariant();
        await using var db = await portal.DbAsync();
        (await db.SignInFailures.CountAsync(f => f.NameKey == key)).ShouldBe(5);
        (await db.AuditEntries.CountAsync(a => a.UserName == userName && a.Action == AuditAction.SignInFailed)).ShouldBe(6);
        var fresh = await portal.NewPageAsync();
        await fresh.GotoAsync(portal.Url("/account/login"));
        await PortalFixture.SubmitSignInAsync(fresh, userName, "Moi@Mat-Khau-2026");
        await Expect(fresh.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vui lòng thử lại sau", new() { Timeout = 10_000 });
        await page.Context.CloseAsync();
        await fresh.Context.CloseAsync();
    }

    private static async Task ChangeAsync(IPage page, string current, string next)
    {
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(current);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(next);
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/password", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
    }
}
