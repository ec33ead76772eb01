using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Admin;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Admin;

[Collection(PortalCollection.Name)]
public sealed class UserAdminTests(PortalFixture portal)
{
    /// <summary>A password an administrator may hand over: the demo password is refused wherever a password is set.</summary>
    private const string InitialPassword = "Tam-Thoi#Co-Le-4817";

    [Fact]
    public async Task An_administrator_creates_a_unit_user_who_then_sees_only_that_unit()
    {
        var page = await portal.OpenAsync("/admin/users", "admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm người dùng" }).ClickAsync();
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("vp-co-le");
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Nguyễn Văn Thư");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync(InitialPassword);
        await ChooseAsync(page, "Vai trò", "Đơn vị");
        await ChooseAsync(page, "Đơn vị", "Đảng ủy xã Cổ Lễ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByText("Đã lưu người dùng vp-co-le.")).ToBeVisibleAsync();
        await using (var db = await portal.DbAsync())
        {
            var audited = await db.AuditEntries.Where(a => a.EntityType == nameof(PortalUser) && a.Action == AuditAction.Created).Select(a => new { a.UserName, a.Changes }).ToListAsync();
            audited.ShouldContain(a => a.UserName == "admin" && a.Changes.Contains("vp-co-le"));
            audited.ShouldAllBe(a => !a.Changes.Contains("AQAAAA"), "no password hash in the audit log");
        }

        var unitPage = await portal.OpenAsync("/sessions", "vp-co-le", InitialPassword);
        var rows = unitPage.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Cổ Lễ");
        await page.Context.CloseAsync();
        await unitPage.Context.CloseAsync();
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_nothing_is_saved()
    {
        var page = await portal.OpenAsync("/admin/users", "admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm người dùng" }).ClickAsync();
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("ngan");
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Người Mật Khẩu Ngắn");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Ngan@1");
        await ChooseAsync(page, "Vai trò", "Đơn vị");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByText("Người dùng của đơn vị phải gắn với một đơn vị.")).ToBeVisibleAsync();

        await ChooseAsync(page, "Đơn vị", "Đảng ủy xã Cổ Lễ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByText("Mật khẩu phải có ít nhất 10 ký tự.")).ToBeVisibleAsync();
        await using var db = await portal.DbAsync();
        (await db.Users.AnyAsync(u => u.UserName == "ngan")).ShouldBeFalse();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_user_list_searches_by_user_name()
    {
        var page = await portal.OpenAsync("/admin/users", "admin");

        await page.GetByLabel("Tìm theo tên đăng nhập hoặc họ tên").FillAsync("truc");

        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("trucninh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_users_page_refuses_office_staff()
    {
        var page = await portal.SignInAsync("/admin/users", "vanphong");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("vanphong", PortalRoles.OfficeStaff)]
    [InlineData("lanhdao", PortalRoles.Leadership)]
    [InlineData("trucninh", PortalRoles.UnitUser)]
    [InlineData("admin", PortalRoles.Administrator)]
    public async Task The_service_refuses_anyone_but_an_administrator_signed_in_with_two_factor_and_writes_nothing(string userName, string role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], "test");
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var target = await IdOfAsync("cole");

        await Should.ThrowAsync<AccessDeniedException>(() => admin.ListAsync(null, new PageRequest(0, 20)));
        await Should.ThrowAsync<AccessDeniedException>(() => admin.SetActiveAsync(target, active: false));
        await Should.ThrowAsync<AccessDeniedException>(() => admin.ResetPasswordAsync(target));
        await Should.ThrowAsync<AccessDeniedException>(() => admin.SaveAsync(new UserForm { UserName = "x-" + userName, FullName = "X", Password = PortalFixture.DemoPassword }));

        await using var db = await portal.DbAsync();
        (await db.Users.SingleAsync(u => u.UserName == "cole")).IsActive.ShouldBeTrue();
        (await db.Users.AnyAsync(u => u.UserName == "x-" + userName)).ShouldBeFalse();
        (await db.AuditEntries.CountAsync(a => a.UserName == userName && a.Action == AuditAction.Refused)).ShouldBeGreaterThanOrEqualTo(4);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        (await users.CheckPasswordAsync((await users.FindByNameAsync("cole"))!, PortalFixture.DemoPassword)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_e_mail_address_for_notifications_is_checked_and_kept()
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var name = "mail-" + Guid.NewGuid().ToString("N")[..8];
        var form = new UserForm { UserName = name, FullName = "Nguyễn Thị Thư", Email = "không phải thư", Password = PortalFixture.DemoPassword };

        (await admin.SaveAsync(form)).Said().Keys.ShouldBe([nameof(UserForm.Email)]);
        form.Email = null;
        (await admin.SaveAsync(form)).Said()[nameof(UserForm.Password)].ShouldStartWith("Không được dùng mật khẩu demo", customMessage: "an administrator cannot give the demo password either");
        form.Password = InitialPassword;
        form.Email = " thu.nguyen@tinhuy.vn ";
        (await admin.SaveAsync(form)).Succeeded.ShouldBeTrue();

        await using var db = await portal.DbAsync();
        (await db.Users.SingleAsync(u => u.UserName == name)).Email.ShouldBe("thu.nguyen@tinhuy.vn");
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private async Task<string> IdOfAsync(string userName)
    {
        await using var db = await portal.DbAsync();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
