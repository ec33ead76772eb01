using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// Tests that run the portal as separate processes (<see cref="PortalProcess"/>) and break it: they
/// share one Chromium, and nothing else, so they need no in-process portal.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "faults";
}

public sealed class FaultsFixture : IAsyncLifetime
{
    private readonly string _folder = NewFolder("faults-template");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A database migrated and seeded once by a portal that then stopped cleanly (its WAL folded in).</summary>
    private string Template => Path.Combine(_folder, "template.db");

    public async Task InitializeAsync()
    {
        // Migrating and seeding costs a portal's first start seconds; every test starts from a copy instead.
        await using (var portal = new PortalProcess(Template, Path.Combine(_folder, "node")))
        {
            await portal.StartAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Exists(Template + "-wal").ShouldBeFalse("a portal stopped with SIGTERM leaves no WAL behind");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser context signed in as <paramref name="userName"/> on the portal at <paramref name="baseUrl"/>, at <paramref name="path"/> once its circuit is live.</summary>
    public async Task<IPage> OpenAsync(string baseUrl, string path, string userName)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString(path));
        await PortalFixture.SubmitSignInAsync(page, userName, PortalFixture.DemoPassword);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/account/login");
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        return page;
    }

    /// <summary>A new folder with a copy of the seeded database at <c>portal.db</c>; returns the database's path.</summary>
    public string SeededDatabase(string folder)
    {
        var database = Path.Combine(folder, "portal.db");
        File.Copy(Template, database);
        return database;
    }

    /// <summary>A temporary folder for one test's database and nodes, removed by <see cref="DeleteFolder"/>.</summary>
    public static string NewFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"worksessions-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A read-write connection to the file, outside any portal (pooling off, so that closing really lets the file go).</summary>
    public static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The open tasks that the unit leads, first made first.</summary>
    public static List<int> OpenTasksOf(string databaseFile, string unitName)
    {
        using var db = Open(databaseFile);
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT t.Id FROM FollowUpTasks t JOIN Units u ON u.Id = t.LeadUnitId
            WHERE u.Name = $unit AND t.State IN ('NotStarted', 'InProgress') AND t.IsDeleted = 0 ORDER BY t.Id
            """;
        command.Parameters.AddWithValue("$unit", unitName);
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        DeleteFolder(_folder);
    }
}
