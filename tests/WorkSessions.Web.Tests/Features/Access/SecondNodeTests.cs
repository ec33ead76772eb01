using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class SecondNodeTests(PortalFixture portal)
{
    [Fact]
    public async Task A_second_web_node_on_the_same_database_accepts_the_sign_in_cookie()
    {
        var page = await portal.OpenAsync("/sessions", "lanhdao");
        var cookies = await page.Context.CookiesAsync();
        await page.Context.CloseAsync();
        var logs = Path.Combine(Path.GetDirectoryName(portal.DatabaseFile)!, "node-2-logs", "portal-.log");
        await using var node = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:WorkSessions", $"Data Source={portal.DatabaseFile}");
            web.UseSetting("Demo:Enabled", "false");
            web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            web.UseSetting("Serilog:WriteTo:1:Args:path", logs);

            // Two nodes share one clock: the cookie carries its expiry, read against the node's time.
            web.ConfigureServices(services => services.AddSingleton(portal.Services.GetRequiredService<TimeProvider>()));
        });
        using var client = node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sessions");
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));

        using var response = await client.SendAsync(request);

        // The keys that protect the cookie are in the shared database, so the other node can read it.
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = await portal.DbAsync();
        (await db.DataProtectionKeys.CountAsync()).ShouldBeGreaterThan(0, "the key ring lives in the database, not in a folder of one machine");
    }
}
