using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkSessions.Data.Seeding;

namespace WorkSessions.Data;

/// <summary>Brings the database to the current schema at start and loads the demo seed when asked.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<WorkSessionsDbContext> factory,
    DatabaseOptions options,
    SeedLoader seeds,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(string? seedFolder, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (options.ShouldMigrateOnStartup)
            {
                if (db.Database.IsSqlite())
                {
                    // WAL lets readers go on while one writer saves; the setting is stored in the file.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                }

                await db.Database.MigrateAsync(ct);
                logger.LogInformation("Database schema is up to date");
            }
        }

        if (seedFolder is not null)
        {
            await seeds.LoadFolderAsync(seedFolder, ct);
        }
    }
}
