using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// A portal host of a test's own (in memory, on a SQLite file in its own folder), for what the shared
/// portal cannot show: another environment, other limits, a second node. Outside Development it gets
/// a certificate of its own for the data-protection keys, as a production portal must.
/// </summary>
public sealed class OwnHost : IAsyncDisposable, IDisposable
{
    public const string CertificatePassword = "chung-thu-thu-nghiem";

    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="environment">The ASP.NET Core environment: Development, Staging, Production.</param>
    /// <param name="settings">Settings read while the host is built (UseSetting); a null value is left out.</param>
    /// <param name="services">Services to add or replace.</param>
    /// <param name="databaseFile">Another host's database, for a second node; a new one by default.</param>
    /// <param name="kestrel">On real Kestrel at <see cref="BaseUrl"/>, for a browser; in memory otherwise.</param>
    public OwnHost(string environment, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? databaseFile = null, bool kestrel = false)
    {
        Folder = Path.Combine(Path.GetTempPath(), "worksessions-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabaseFile = databaseFile ?? Path.Combine(Folder, "portal.db");
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:WorkSessions"] = $"Data Source={DatabaseFile}",
            ["Demo:Enabled"] = "false",
            ["Attachments:Folder"] = Path.Combine(Folder, "attachments"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (environment != "Development")
        {
            all["DataProtection:CertificatePath"] = CreateCertificate(Folder);
            all["DataProtection:CertificatePassword"] = CertificatePassword;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            foreach (var (key, value) in all.Where(s => s.Value is not null))
            {
                web.UseSetting(key, value);
            }

            // The log's sink list is an array: set as a source of its own (see PortalFixture).
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogFolder, "portal-.log"),
            }));
            if (services is not null)
            {
                web.ConfigureServices(services);
            }
        });
        if (kestrel)
        {
            _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
            BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    /// <summary>Where a browser reaches a Kestrel host ("http://127.0.0.1:port"); null in memory.</summary>
    public string? BaseUrl { get; }

    public string Folder { get; }

    public string DatabaseFile { get; }

    public string LogFolder => Path.Combine(Folder, "logs");

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client that does not follow redirects; https by default, as production is reached (a Kestrel host: its own address).</summary>
    public HttpClient Client(string baseAddress = "https://localhost", bool cookies = true) => BaseUrl is null
        ? _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress), HandleCookies = cookies })
        : new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies }) { BaseAddress = new Uri(BaseUrl) }; // the factory's options do not reach a Kestrel host

    /// <summary>The log files as written so far (the portal still has them open).</summary>
    public string ReadLog() => LogFiles.Read(LogFolder);

    /// <summary>An account on this host's database, with a password the portal's rules accept.</summary>
    public async Task CreateUserAsync(string userName, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, FullName = "Người dùng thử " + userName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
        {
            throw new InvalidOperationException($"{userName} was not created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Starts the host (migrations, start-up checks) without sending a request.</summary>
    public void Start() => _ = _factory.Services;

    /// <summary>A self-signed certificate with its RSA key, as a .pfx in <paramref name="folder"/>.</summary>
    public static string CreateCertificate(string folder, string name = "data-protection")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=WorkSessions {name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var path = Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>
    /// For test classes that own a host: xUnit 2 disposes a test class through IDisposable (or
    /// IAsyncLifetime), never through IAsyncDisposable, which left hosts running and folders behind.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
