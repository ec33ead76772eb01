using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Features.Admin;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// A second web node on the shared portal's database, as behind the load balancer: it reads the
/// first node's sign-in cookie, and a sign-out or a disabled account on one node ends that sign-in on
/// both, at the next request (ASVS 3.3.1, 3.3.4).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SecondNodeTests(PortalFixture portal) : IDisposable
{
    // Two nodes share one clock: the cookie carries its expiry, read against the node's time.
    private readonly OwnHost _node = new("Development", databaseFile: portal.DatabaseFile, services: services => services.AddSingleton(portal.Services.GetRequiredService<TimeProvider>()));

    [Fact]
    public async Task A_second_web_node_on_the_same_database_accepts_the_sign_in_cookie()
    {
        var page = await portal.OpenAsync("/sessions", "lanhdao");
        var cookies = await CookieHeaderAsync(page);
        await page.Context.CloseAsync();

        // The keys that protect the cookie are in the shared database, so the other node can read it.
        (await StatusAsync(_node.Client("http://localhost", cookies: false), "/sessions", cookies)).ShouldBe(HttpStatusCode.OK);
        await using var db = await portal.DbAsync();
        (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0, "the key ring lives in the database, not in a folder of one machine");
    }

    [Fact]
    public async Task Signing_out_on_one_node_ends_that_sign_in_on_the_other_at_once()
    {
        var user = await portal.CreateUserAsync($"hai-nut-{Guid.NewGuid():N}"[..16], PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", user.UserName!);
        var cookies = await CookieHeaderAsync(page);
        using var other = _node.Client("http://localhost", cookies: false);
        (await StatusAsync(other, "/sessions", cookies)).ShouldBe(HttpStatusCode.OK);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        (await StatusAsync(other, "/sessions", cookies)).ShouldBe(HttpStatusCode.Redirect, "the copy on the other node is signed out too");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_disabling_a_user_refuses_every_copy_of_the_cookie_on_both_nodes_at_once()
    {
        var user = await portal.CreateUserAsync($"vo-hieu-{Guid.NewGuid():N}"[..16], PortalRoles.OfficeStaff);
        var page = await portal.OpenAsync("/sessions", user.UserName!);
        var cookies = await CookieHeaderAsync(page);
        await page.Context.CloseAsync();
        using var other = _node.Client("http://localhost", cookies: false);
        using var first = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(portal.Url("/")) };
        (await StatusAsync(first, "/sessions", cookies)).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(other, "/sessions", cookies)).ShouldBe(HttpStatusCode.OK);

        await using (var scope = await portal.ScopeAsAsync(PortalRoles.Administrator))
        {
            (await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetActiveAsync(user.Id, active: false)).Succeeded.ShouldBeTrue();
        }

        (await StatusAsync(first, "/sessions", cookies)).ShouldBe(HttpStatusCode.Redirect);
        (await StatusAsync(other, "/sessions", cookies)).ShouldBe(HttpStatusCode.Redirect);
    }

    public void Dispose() => _node.Dispose();

    private static async Task<string> CookieHeaderAsync(IPage page) =>
        string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
