using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SqlServerDesignTimeFactory = WorkSessions.Data.SqlServer.DesignTimeFactory;

namespace WorkSessions.Data.Tests.Schema;

/// <summary>
/// The migrations are the schema: these fail when the model changes without a migration in both
/// provider projects, or when a migration no longer builds what the model maps.
/// </summary>
public class MigrationTests
{
    [Fact]
    public async Task Migrating_an_empty_file_applies_every_migration_and_creates_every_mapped_table_and_column()
    {
        await using var database = TestDatabase.Empty();

        await database.InitializeAsync(seedFolder: null);

        await using var db = await database.CreateContextAsync();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        var tables = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
            .ToListAsync();
        var mapped = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct().ToList();
        // Besides the model's tables, only EF's own: the applied migrations and the lock that keeps two starts from migrating at once.
        tables.ShouldBe([.. mapped, "__EFMigrationsHistory", "__EFMigrationsLock"], ignoreOrder: true);

        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!);
            // table_xinfo, not table_info: the latter hides generated columns such as FollowUpTasks.AttentionGroup.
            var columns = await db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_xinfo({table.Name})").ToListAsync();
            var expected = entityType.GetProperties().Select(p => p.GetColumnName(table)!).ToList();
            columns.ShouldBe(expected, ignoreOrder: true, customMessage: table.Name);
        }
    }

    [Fact]
    public async Task Both_providers_have_the_same_migrations_from_one_Initial_none_rebuilds_a_table_and_a_file_of_another_history_is_refused()
    {
        await using var database = await TestDatabase.MigratedAsync();
        await using (var db = await database.CreateContextAsync())
        {
            using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
            var sqlite = db.Database.GetMigrations().ToList();
            sqlite[0].ShouldEndWith("_Initial");
            sqlite.Select(Name).ShouldBe(sqlServer.Database.GetMigrations().Select(Name));

            // A table SQLite rebuilds (to add a foreign key, say) runs with foreign keys off, outside
            // the migration's transaction: no migration may need one.
            db.GetService<IMigrator>().GenerateScript().ShouldNotContain("ef_temp_");

            // A demo file of a build before the squash: its history names migrations this build lacks.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261204051258_SignInThrottle', '10.0.15')");
        }

        var before = await database.RowCountsAsync();
        await database.RestartAsync();

        var refusal = await Should.ThrowAsync<InvalidOperationException>(() => database.InitializeAsync(seedFolder: null));

        refusal.Message.ShouldContain("20261204051258_SignInThrottle");
        refusal.Message.ShouldContain("hãy xóa thư mục data rồi chạy lại");
        (await database.RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_SQLite_migrations_hold_every_change_to_the_model()
    {
        await using var database = TestDatabase.Empty();
        await using var db = await database.CreateContextAsync();

        db.Database.HasPendingModelChanges().ShouldBeFalse("The model changed without a migration: dotnet ef migrations add <Name> --project src/WorkSessions.Data.Sqlite --startup-project src/WorkSessions.Data.Sqlite");
    }

    [Fact]
    public void The_SQL_Server_migrations_hold_every_change_to_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        db.Database.IsSqlServer().ShouldBeTrue();
        db.Database.HasPendingModelChanges().ShouldBeFalse("The model changed without a migration: dotnet ef migrations add <Name> --project src/WorkSessions.Data.SqlServer --startup-project src/WorkSessions.Data.SqlServer");
    }

    /// <summary>"20261208023524_NumbersPerIssuer" → "NumbersPerIssuer": each provider stamps its own time.</summary>
    private static string Name(string migration) => migration[(migration.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
