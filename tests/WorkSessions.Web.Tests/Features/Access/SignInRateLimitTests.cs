using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// Sign-in posts are limited per client. The shared portal raises the limit for the suite, so this
/// test starts its own in-memory host with a limit of three a minute.
/// </summary>
[Collection(Infrastructure.PortalCollection.Name)]
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "worksessions-ratelimit-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:WorkSessions", $"Data Source={Path.Combine(_folder, "portal.db")}");
            web.UseSetting("Demo:Enabled", "false");
            web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            web.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "portal-.log"));
            web.UseSetting("Accounts:SignInAttemptsPerMinute", "3");
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_fourth_sign_in_post_in_a_minute_is_refused_with_a_Vietnamese_message()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var form = new FormUrlEncodedContent([new("_handler", "login"), new("Input.UserName", "ai-do"), new("Input.Password", "doan-mo")]);
            using var response = await client.PostAsync("/account/login", form);
            statuses.Add(response.StatusCode);
            if (attempt == 3)
            {
                (await response.Content.ReadAsStringAsync()).ShouldContain("quá nhiều lần");
            }
        }

        statuses.Take(3).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
        using var page = await client.GetAsync("/account/login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "reading the sign-in page is not limited");
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
