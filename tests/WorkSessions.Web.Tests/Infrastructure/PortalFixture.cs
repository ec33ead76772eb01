using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Attachments;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Attachments;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// The portal on real Kestrel (loopback, random port) over a fresh SQLite file with the migrations
/// and the demo seed, plus one Chromium for the whole collection. "Today" is set to a known day
/// so that time positions do not drift with the calendar.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "worksessions-web-tests-" + Guid.NewGuid().ToString("N"));
    public const string DemoPassword = "Demo@2021!";

    private readonly Dictionary<string, string> _authenticatorKeys = [];
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The SQLite file behind the portal, for a second node on the same database.</summary>
    public string DatabaseFile => Path.Combine(_folder, "portal.db");


    /// <summary>Where the portal keeps the files attached to sessions.</summary>
    public string AttachmentFolder => Path.Combine(_folder, "attachments");

    /// <summary>Where the portal's rolling log file is written.</summary>
    public string LogFolder => Path.Combine(_folder, "logs");

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The portal's clock: 28/11/2026 unless a test moves it.</summary>
    public ShiftedTimeProvider Clock { get; } = new(Today);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:WorkSessions", $"Data Source={DatabaseFile}");
            web.UseSetting("Demo:Enabled", "true");
            web.UseSetting("Attachments:Folder", AttachmentFolder);
            web.UseSetting("Accounts:RevalidationInterval", "00:00:02");

            // Every test signs in from 127.0.0.1; the production limit of 10 a minute would throttle the suite.
            web.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
            // The log file gets what production writes (Information), so a test can search it for
            // secrets; the console only warnings, to keep test output readable.
            // Added as a configuration source, not with UseSetting: UseSetting's source reports the
            // array's parent keys with an empty value, which Serilog reads as a sink with no name.
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
                ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogFolder, "portal-.log"),
            }));
            web.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http.BaseAddress = new Uri(BaseUrl);

        // Administrators must use the authenticator; the demo administrator gets one here.
        await EnableTwoFactorAsync("admin");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (its own cookies) signed in as <paramref name="userName"/> at <paramref name="path"/>, once its circuit is live.</summary>
    public async Task<IPage> OpenAsync(string path, string userName = "vanphong", string password = DemoPassword)
    {
        var page = await SignInAsync(path, userName, password);
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        return page;
    }

    /// <summary>
    /// Signs in through the form (with the authenticator code where the account has one) and
    /// returns once the page it leads to has loaded, interactive or not.
    /// </summary>
    public async Task<IPage> SignInAsync(string path, string userName, string password = DemoPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/account/login?returnUrl=" + Uri.EscapeDataString(path)));
        await SubmitSignInAsync(page, userName, password);
        await LeaveAsync(page, "/account/login", userName);
        if (PathOf(page.Url) == "/account/login-code")
        {
            await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(_authenticatorKeys[userName], DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await LeaveAsync(page, "/account/login-code", userName);
        }

        return page;
    }

    /// <summary>Waits for the browser to move on from a sign-in step; if it stays, says what the page shows.</summary>
    private static async Task LeaveAsync(IPage page, string path, string userName)
    {
        try
        {
            await page.WaitForURLAsync(url => PathOf(url) != path);
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"Signing in as {userName} stayed on {page.Url}; the page shows: {shown[..Math.Min(shown.Length, 600)]}", e);
        }
    }

    /// <summary>Turns on the authenticator for an account and keeps its key, so that sign-ins can answer the code.</summary>
    public async Task EnableTwoFactorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        _authenticatorKeys[userName] = (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Fills and submits the sign-in form on a page that shows it.</summary>
    public static async Task SubmitSignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>A context on the portal's database, for arranging and checking what the pages did.</summary>
    public async Task<WorkSessionsDbContext> DbAsync()
    {
        // The factory is scoped, and EF resolves services from that scope while the context lives:
        // the scope must outlive the context, so it is left to the garbage collector.
        var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync();
    }

    private static string PathOf(string url) => new Uri(url).AbsolutePath;

    /// <summary>A new page with no one signed in.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "vi-VN" });
        return await context.NewPageAsync();
    }

    public string Url(string path) => BaseUrl.TrimEnd('/') + path;

    /// <summary>A user made directly through Identity, with the demo password; a unit user gets the named unit.</summary>
    public async Task<PortalUser> CreateUserAsync(string userName, string role, string? unitName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        int? unitId = null;
        if (unitName is not null)
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync();
            unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
        }

        // The demo password, as the demo accounts have it: written as a hash, since no form accepts it.
        var user = new PortalUser { UserName = userName, FullName = "Người dùng thử " + userName, UnitId = unitId };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoPassword);
        (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return user;
    }

    /// <summary>
    /// What the portal answers the role's demo account (or nobody, for "anonymous") for a GET of
    /// <paramref name="path"/>, with redirects to the sign-in page read as 401 and to the
    /// access-denied page as 403. The caller closes the page's context.
    /// </summary>
    public async Task<(int Status, IAPIResponse Response, IPage Page)> GetAsAsync(string role, string path)
    {
        var page = role == "anonymous" ? await NewPageAsync() : await SignInAsync("/", UserOf(role));
        var response = await page.APIRequest.GetAsync(Url(path), new() { MaxRedirects = 0 });
        var status = response.Status switch
        {
            302 when response.Headers["location"].Contains("/account/denied", StringComparison.Ordinal) => 403,
            302 when response.Headers["location"].Contains("/account/login", StringComparison.Ordinal) => 401,
            var other => other,
        };
        return (status, response, page);
    }

    /// <summary>The demo account that has the role ("trucninh" for a unit user).</summary>
    public static string UserOf(string role) => role switch
    {
        PortalRoles.Administrator => "admin",
        PortalRoles.OfficeStaff => "vanphong",
        PortalRoles.Leadership => "lanhdao",
        _ => "trucninh",
    };

    /// <summary>
    /// A DI scope whose signed-in user has the role (the administrator with the second factor, a unit
    /// user bound to <paramref name="unitName"/>), for calling services as that person would.
    /// "anonymous" gives a scope with nobody signed in.
    /// </summary>
    public async Task<AsyncServiceScope> ScopeAsAsync(string role, string unitName = "Huyện ủy Trực Ninh")
    {
        var claims = new List<Claim>();
        if (role != "anonymous")
        {
            claims.Add(new Claim(ClaimTypes.Name, "matrix-" + UserOf(role)));
            claims.Add(new Claim(ClaimTypes.Role, role));
            if (role == PortalRoles.Administrator)
            {
                claims.Add(new Claim("amr", "mfa"));
            }

            if (role == PortalRoles.UnitUser)
            {
                await using var db = await DbAsync();
                var unit = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
                claims.Add(new Claim(CurrentUser.UnitClaim, unit.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var scope = Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, role == "anonymous" ? null : "test"));
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>Attaches a file to a session as office staff would, through the service; returns the new attachment's id.</summary>
    public async Task<int> AttachAsync(int sessionId, string fileName, byte[] content, AttachmentKind kind = AttachmentKind.UnitReport)
    {
        await using var scope = await ScopeAsAsync(PortalRoles.OfficeStaff);
        using var stream = new MemoryStream(content);
        var result = await scope.ServiceProvider.GetRequiredService<AttachmentService>().UploadAsync(sessionId, kind, fileName, stream);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        await using var db = await DbAsync();
        return await db.Attachments.Where(a => a.WorkSessionId == sessionId).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    /// <summary>
    /// The id of the demo session held with the unit whose name contains <paramref name="hostWord"/>:
    /// the first such session, since the seed is loaded before any test adds one.
    /// </summary>
    public async Task<int> SessionIdAsync(string hostWord)
    {
        await using var db = await DbAsync();
        return await db.WorkSessions.Where(s => s.HostUnit.Name.Contains(hostWord)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    public async Task<int> UnitIdAsync(string name)
    {
        await using var db = await DbAsync();
        return await db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }

    public async Task<int> CountSessionsAsync()
    {
        await using var db = await DbAsync();
        return await db.WorkSessions.IgnoreQueryFilters().CountAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Http.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
