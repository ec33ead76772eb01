using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>
/// A refusal a service raises (AccessDeniedException) is said in Vietnamese wherever it happens:
/// inside a live page the layout's error boundary shows it and the circuit lives on; in a plain
/// endpoint the answer is the 403 page. A host of its own, whose database factory refuses on demand
/// the way a service refuses a person it does not serve.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RefusalBoundaryTests : IDisposable
{
    private readonly PortalFixture _portal;
    private readonly RefusalSwitch _refusing = new();
    private readonly OwnHost _host;

    public RefusalBoundaryTests(PortalFixture portal)
    {
        _portal = portal;
        _host = new OwnHost("Development", new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }, services => RefusingFactory.Install(services, _refusing), kestrel: true);
    }

    [Fact]
    public async Task A_refusal_inside_a_live_page_is_shown_in_Vietnamese_and_the_circuit_lives_on()
    {
        var context = await _portal.Browser.NewContextAsync(new() { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_host.BaseUrl + "/account/login?returnUrl=%2Ftasks");
        await PortalFixture.SubmitSignInAsync(page, "vanphong", PortalFixture.DemoPassword);
        await Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("tbody tr.mud-table-row").First).ToBeVisibleAsync();

        // The task page asks its service in OnParametersSetAsync, inside the circuit's navigation.
        _refusing.In = "TaskQueries";
        await page.Locator("tbody tr.mud-table-row").First.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.Locator("#page-refusal h1")).ToHaveTextAsync("Không có quyền truy cập");
        await Expect(page.Locator("#page-refusal")).ToContainTextAsync("Tài khoản của bạn không được phép xem nội dung này.");
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();

        // The circuit is alive: the menu still works, and the next page starts without the refusal.
        _refusing.In = null;
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Buổi làm việc" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Buổi làm việc", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#page-refusal")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_refusal_in_an_endpoint_is_the_403_page_in_Vietnamese_not_an_error()
    {
        using var client = _host.Client(_host.BaseUrl!);
        using (var signIn = await FormPosts.SignInAsync(client, "vanphong", PortalFixture.DemoPassword))
        {
            FormPosts.SignsIn(signIn).ShouldBeTrue();
        }

        _refusing.In = "TaskQueries";
        using var response = await client.GetAsync("/tasks/export.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = await FormPosts.TextAsync(response);
        html.ShouldContain("Không có quyền truy cập");
        html.ShouldContain("Mã yêu cầu:");
    }

    public void Dispose() => _host.Dispose();

    /// <summary>The service (by type name) whose database work is refused; none by default.</summary>
    private sealed class RefusalSwitch
    {
        public volatile string? In;
    }

    /// <summary>
    /// The portal's own context factory, which refuses when the named service asks for a context, as
    /// that service refuses a person it does not serve. Other work (the menu, the bell) goes on.
    /// </summary>
    private sealed class RefusingFactory(IDbContextFactory<WorkSessionsDbContext> inner, RefusalSwitch refusing) : IDbContextFactory<WorkSessionsDbContext>
    {
        public WorkSessionsDbContext CreateDbContext() =>
            refusing.In is { } service && Environment.StackTrace.Contains("." + service + ".", StringComparison.Ordinal)
                ? throw new AccessDeniedException()
                : inner.CreateDbContext();

        public static void Install(IServiceCollection services, RefusalSwitch refusing)
        {
            var original = services.Last(d => d.ServiceType == typeof(IDbContextFactory<WorkSessionsDbContext>));
            services.Remove(original);
            services.Add(new ServiceDescriptor(
                typeof(IDbContextFactory<WorkSessionsDbContext>),
                sp => new RefusingFactory((IDbContextFactory<WorkSessionsDbContext>)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), refusing),
                original.Lifetime));
        }
    }
}
