using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkSessions.Data.Seeding;
using WorkSessions.Domain.Notices;

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

                await RefuseUnknownHistoryAsync(db, ct);
                await db.Database.MigrateAsync(ct);
                logger.LogInformation("Database schema is up to date");
            }

            // Reference data every installation needs, demo or not: the notice format of 2018 in force,
            // and the profile of the 2026 rule, inactive until the office has checked it (once: a
            // profile an administrator removed is not brought back).
            var profiles = db.NoticeFormatProfiles.IgnoreQueryFilters();
            if (!await profiles.AnyAsync(ct))
            {
                db.NoticeFormatProfiles.Add(NoticeFormatProfile.Default2018());
            }

            if (!await profiles.AnyAsync(p => p.EffectiveFrom == NoticeFormatProfile.Rule2026Day, ct))
            {
                db.NoticeFormatProfiles.Add(NoticeFormatProfile.Proposed2026());
            }

            await db.SaveChangesAsync(ct);
        }

        if (seedFolder is not null)
        {
            await seeds.LoadFolderAsync(seedFolder, ct);
        }
    }

    /// <summary>
    /// A database made by a build whose migrations are not this build's (before the migrations were
    /// squashed into one Initial on 7 December 2026, or by a newer build) would be migrated onto
    /// tables that exist already and fail half-way; it is refused at once, with what to do.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(WorkSessionsDbContext db, CancellationToken ct)
    {
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"Cơ sở dữ liệu được tạo bởi một phiên bản khác của phần mềm (các bước {string.Join(", ", unknown)}). " +
                "Với dữ liệu trình diễn, hãy xóa thư mục data rồi chạy lại. (The database was made by another build, " +
                "whose migrations this build does not know; for the demo data, delete the data folder and start again.)");
        }
    }
}
