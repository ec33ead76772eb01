using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkSessions.Data.Auditing;

namespace WorkSessions.Data.Tests;

/// <summary>
/// A real SQLite file in a temp folder of its own, reached through the portal's own registration
/// (<see cref="DataServiceCollectionExtensions.AddWorkSessionsData"/>) with a fake clock and a named
/// user in place of the defaults. Disposing deletes the folder.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string UserName = "Trần Thị Kiểm Tra";

    /// <summary>9:00 on 2 December 2026 in Hà Nội.</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder;
    private ServiceProvider _services;
    private AsyncServiceScope _scope;

    private TestDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("worksessions-data-tests-");
        FilePath = Path.Combine(_folder.FullName, "worksessions.db");
        _services = BuildServices();
        _scope = _services.CreateAsyncScope();
    }

    /// <summary>The seeds/*.json files, copied next to the test assembly by the project file.</summary>
    public static string SeedFolder { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public string FilePath { get; }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    /// <summary>A database file that does not exist yet: no schema, no rows.</summary>
    public static TestDatabase Empty() => new();

    /// <summary>The schema as the portal applies it at start, without the seed.</summary>
    public static async Task<TestDatabase> MigratedAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync(seedFolder: null);
        return database;
    }

    public T GetRequiredService<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public Task InitializeAsync(string? seedFolder) =>
        GetRequiredService<DatabaseInitializer>().InitializeAsync(seedFolder);

    public Task<WorkSessionsDbContext> CreateContextAsync() =>
        GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync();

    /// <summary>Adds the entities in one context and saves them, as a page that creates them would.</summary>
    public async Task SaveNewAsync(params object[] entities)
    {
        await using var db = await CreateContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>A new service provider on the same file, as when the portal restarts.</summary>
    public async Task RestartAsync()
    {
        await DisposeServicesAsync();
        _services = BuildServices();
        _scope = _services.CreateAsyncScope();
    }

    /// <summary>The rows in every table of the file, counted in SQL so that no query filter hides a soft-deleted row.</summary>
    public async Task<SortedDictionary<string, int>> RowCountsAsync()
    {
        await using var db = await CreateContextAsync();
        var tables = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
            .ToListAsync();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync();
        foreach (var table in tables)
        {
            // A table name cannot be a parameter; these come from sqlite_master, not from a user.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt32(await command.ExecuteScalarAsync());
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeServicesAsync();

        // Pooled connections keep the file open; they have to go before the folder can.
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = $"Data Source={FilePath}",
            })
            .Build();

        // Registered first: AddWorkSessionsData only adds its clock and user when none is there (TryAdd).
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddScoped<ICurrentUser>(_ => new TestUser(UserName))
            .AddWorkSessionsData(configuration, _folder.FullName)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private async Task DisposeServicesAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
