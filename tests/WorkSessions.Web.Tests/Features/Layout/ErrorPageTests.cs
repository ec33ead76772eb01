using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>
/// Outside Development an unhandled error shows the generic Vietnamese page with a correlation id;
/// the details go to the log only. A Production host of its own, with a route that fails.
/// </summary>
[Collection(Infrastructure.PortalCollection.Name)]
public sealed partial class ErrorPageTests : IAsyncLifetime
{
    private const string Secret = "chi-tiet-noi-bo-khong-duoc-lo";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "worksessions-error-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("ConnectionStrings:WorkSessions", $"Data Source={Path.Combine(_folder, "portal.db")}");
            web.UseSetting("Demo:Enabled", "false");
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(_folder, "logs", "portal-.log"),
            }));
            web.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FailingRoute()));
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_unhandled_error_shows_the_Vietnamese_page_with_a_request_id_and_no_details()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await client.GetAsync("/test/fail");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Đã xảy ra lỗi");
        html.ShouldContain("Mã yêu cầu:");
        RequestId().IsMatch(html).ShouldBeTrue("the page names the request, so the log can be searched for it");
        html.ShouldNotContain(Secret);
        html.ShouldNotContain("InvalidOperationException");
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A route at the end of the pipeline (after the exception handler) that throws.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/fail", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    [GeneratedRegex(@"<code>[0-9a-f\-]{16,}</code>")]
    private static partial Regex RequestId();
}
