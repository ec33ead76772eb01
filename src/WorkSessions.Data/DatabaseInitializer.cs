using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkSessions.Data.Seeding;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Reports;

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

            await FillSearchKeysAsync(db, ct);

            // Reference data every installation needs, demo or not: the notice format of 2018.
            if (!await db.NoticeFormatProfiles.IgnoreQueryFilters().AnyAsync(ct))
            {
                db.NoticeFormatProfiles.Add(NoticeFormatProfile.Default2018());
                await db.SaveChangesAsync(ct);
            }
        }

        if (seedFolder is not null)
        {
            await seeds.LoadFolderAsync(seedFolder, ct);
        }
    }

    /// <summary>
    /// Rows written before a search column existed get their key from the domain's own folding
    /// (SQL cannot fold Vietnamese marks). Re-applying the same text changes nothing but the key.
    /// </summary>
    private async Task FillSearchKeysAsync(WorkSessionsDbContext db, CancellationToken ct)
    {
        var directives = await db.Directives.Where(d => d.SearchKey == string.Empty).ToListAsync(ct);
        directives.ForEach(d => d.Change(d.Field, d.Text));
        var sections = await db.Set<ReportSection>().Where(s => s.SearchKey == string.Empty).ToListAsync(ct);
        sections.ForEach(s => s.Change(s.Heading, s.Body));
        if (directives.Count + sections.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Search keys filled for {Directives} directives and {Sections} report sections", directives.Count, sections.Count);
        }
    }
}
