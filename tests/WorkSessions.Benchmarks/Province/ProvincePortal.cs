using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Web.Components;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Testing;

namespace WorkSessions.Benchmarks.Province;

/// <summary>
/// The portal itself (Program, every service as in production, the demo accounts) over one SQLite
/// file, started in this process so that benchmarks call its services exactly as its pages do.
/// With <c>kestrel</c> it also listens on loopback for browsers and load generators.
/// </summary>
internal sealed class ProvincePortal : IAsyncDisposable
{
    private readonly WebApplicationFactory<App> _factory;

    private ProvincePortal(WebApplicationFactory<App> factory, string baseUrl, string databaseFile)
    {
        _factory = factory;
        BaseUrl = baseUrl;
        DatabaseFile = databaseFile;
    }

    public string BaseUrl { get; }

    public string DatabaseFile { get; }

    public IServiceProvider Services => _factory.Services;

    public static ProvincePortal Start(string databaseFile, bool kestrel = false, int port = 0)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databaseFile))!;
        var factory = new WebApplicationFactory<App>().WithWebHostBuilder(web =>
        {
            web.UseContentRoot(Repository.File("src/WorkSessions.Web"));
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:WorkSessions", $"Data Source={Path.GetFullPath(databaseFile)}");
            web.UseSetting("Demo:Enabled", "true");
            web.UseSetting("Demo:SeedFolder", Repository.File("seeds"));
            web.UseSetting("Attachments:Folder", Path.Combine(folder, "attachments"));
            web.UseSetting("Accounts:SignInAttemptsPerMinute", "100000");
            // The memory benchmark opens up to fifty tabs as one person.
            web.UseSetting("Circuits:MaxPerUser", "1000");
            // Requests are not logged one by one: at thousands a second the log, not the page, would be measured.
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Warning",
                // The notification job would run its own queries beside the ones timed.
                ["Notifications:Enabled"] = "false",
                // The benchmark's signed-in person is not an account: revalidation would sign it out mid-run.
                ["Accounts:RevalidationInterval"] = "1.00:00:00",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(folder, "logs", "portal-.log"),
            }));
        });
        var baseUrl = "http://localhost";
        if (kestrel)
        {
            factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
            factory.StartServer();
            baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
        else
        {
            _ = factory.Services; // builds the host: migrations, seed and demo accounts
        }

        return new ProvincePortal(factory, baseUrl, Path.GetFullPath(databaseFile));
    }

    /// <summary>A DI scope signed in as someone with <paramref name="role"/> (and, for a unit user, the unit).</summary>
    public AsyncServiceScope ScopeAs(string role, int? unitId = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "benchmark"), new(ClaimTypes.Role, role) };
        if (unitId is { } unit)
        {
            claims.Add(new Claim(CurrentUser.UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
        }

        var scope = Services.CreateAsyncScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "benchmark")))));
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
