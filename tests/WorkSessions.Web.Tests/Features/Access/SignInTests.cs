using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sessions")]
    [InlineData("/sessions/1")]
    [InlineData("/tasks")]
    [InlineData("/units")]
    public async Task A_page_without_a_sign_in_redirects_to_the_sign_in_form(string path)
    {
        using var response = await portal.Http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese_and_the_form_keeps_the_user_name()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.Url("/account/login"));
        await PortalFixture.SubmitSignInAsync(page, "vanphong", "sai-mat-khau");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Expect(page.GetByLabel("Tên đăng nhập")).ToHaveValueAsync("vanphong");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Empty_fields_get_a_message_beside_each_field()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.Url("/account/login"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(page.Locator(".validation-message")).ToHaveTextAsync(["Vui lòng nhập tên đăng nhập.", "Vui lòng nhập mật khẩu."]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_pause_it_for_that_name_even_for_the_right_one()
    {
        await portal.CreateUserAsync("khoa-thu", PortalRoles.OfficeStaff);
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.Url("/account/login"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SubmitAsync(page, "khoa-thu", "mat-khau-sai-" + attempt);
        }

        await SubmitAsync(page, "khoa-thu", PortalFixture.DemoPassword);

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_copied_sign_in_cookie_opens_no_page_and_no_file_after_sign_out()
    {
        var user = await portal.CreateUserAsync($"saochep-{Guid.NewGuid():N}"[..18], PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", user.UserName!);
        var attachment = await portal.AttachAsync(await portal.SessionIdAsync("Trực Ninh"), $"sao-chep-{Guid.NewGuid():N}.pdf", SampleFiles.Pdf("Báo cáo"));
        var copy = await portal.NewPageAsync();
        await copy.Context.AddCookiesAsync([.. (await page.Context.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })]);
        (await copy.APIRequest.GetAsync(portal.Url("/sessions"), new() { MaxRedirects = 0 })).Status.ShouldBe(200);
        (await copy.APIRequest.GetAsync(portal.Url($"/attachments/{attachment}"), new() { MaxRedirects = 0 })).Status.ShouldBe(200);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        foreach (var path in new[] { "/sessions", $"/attachments/{attachment}" })
        {
            var response = await copy.APIRequest.GetAsync(portal.Url(path), new() { MaxRedirects = 0 });
            response.Status.ShouldBe(302, path);
            response.Headers["location"].ShouldContain("/account/login");
        }

        await page.Context.CloseAsync();
        await copy.Context.CloseAsync();
    }

    [Fact]
    public async Task A_sign_out_posted_without_the_antiforgery_token_is_refused_and_signs_nobody_out()
    {
        var user = await portal.CreateUserAsync($"chuyenhuong-{Guid.NewGuid():N}"[..18], PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", user.UserName!);

        // What a page on another site can send: the browser adds the cookie, but nobody has the token.
        var forged = await page.APIRequest.PostAsync(portal.Url("/account/logout"), new() { MaxRedirects = 0, Form = page.APIRequest.CreateFormData().Set("anything", "x") });

        forged.Status.ShouldBe(400);
        (await page.APIRequest.GetAsync(portal.Url("/sessions"), new() { MaxRedirects = 0 })).Status.ShouldBe(200);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        // An account of its own: signing out ends every sign-in of the account, and other tests use the demo ones.
        var user = await portal.CreateUserAsync($"dangxuat-{Guid.NewGuid():N}"[..18], PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", user.UserName!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GotoAsync(portal.Url("/sessions"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_disabled_user_loses_an_open_page_at_the_next_revalidation()
    {
        var user = await portal.CreateUserAsync("tam-nghi", PortalRoles.Leadership);
        var page = await portal.OpenAsync("/sessions", "tam-nghi");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsActive = false;
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }

        // The fixture revalidates every 2 seconds; production does it every minute.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 15_000 });
        await page.Context.CloseAsync();
    }

    private static async Task SubmitAsync(IPage page, string userName, string password)
    {
        await PortalFixture.SubmitSignInAsync(page, userName, password);
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }
}
