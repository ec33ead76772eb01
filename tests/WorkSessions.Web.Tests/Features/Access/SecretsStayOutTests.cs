using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>No password, token or cookie ever reaches the log files or the audit trail.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecretsStayOutTests(PortalFixture portal)
{
    [Fact]
    public async Task Passwords_cookies_and_security_values_appear_in_neither_the_log_files_nor_the_audit_trail()
    {
        const string userName = "bi-mat";
        const string wrongPassword = "Sai@MatKhau-7391";
        const string newPassword = "Moi@BiMat-2026-x";
        var user = await portal.CreateUserAsync(userName, PortalRoles.OfficeStaff);

        // A failed sign-in, a successful one, a password change: every path that handles a secret.
        var failed = await portal.NewPageAsync();
        await failed.GotoAsync(portal.Url("/account/login"));
        await PortalFixture.SubmitSignInAsync(failed, userName, wrongPassword);
        await Expect(failed.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        var page = await portal.SignInAsync("/account/password", userName);
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(PortalFixture.DemoPassword);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi mật khẩu.");
        var cookies = (await page.Context.CookiesAsync()).Select(c => c.Value).Where(v => v.Length >= 16).ToList();
        cookies.ShouldNotBeEmpty("the sign-in and antiforgery cookies are what must stay out");

        await using var db = await portal.DbAsync();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        string[] secrets = [PortalFixture.DemoPassword, wrongPassword, newPassword, stored.PasswordHash!, stored.SecurityStamp!, .. cookies];

        var audit = string.Join('\n', await db.AuditEntries.AsNoTracking().Select(a => a.UserName + " " + a.EntityId + " " + a.Changes).ToListAsync());
        var logs = LogFiles.Read(portal.LogFolder);

        logs.ShouldContain(userName, customMessage: "the log file is written, so its silence about secrets means something");
        audit.ShouldContain(userName);
        foreach (var secret in secrets)
        {
            logs.ShouldNotContain(secret);
            audit.ShouldNotContain(secret);
        }

        await failed.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
