namespace WorkSessions.Data.Tests.Seeding;

public class RestartTests
{
    [Fact]
    public async Task Initializing_again_after_a_restart_adds_no_row_to_any_table()
    {
        await using var database = TestDatabase.Empty();
        await database.InitializeAsync(TestDatabase.SeedFolder);
        var afterFirstStart = await database.RowCountsAsync();

        await database.RestartAsync();
        await database.InitializeAsync(TestDatabase.SeedFolder);

        // The comparison means something only if the first start loaded the seed.
        foreach (var table in new[] { "Units", "Officials", "WorkSessions", "Directives", "FollowUpTasks", "AuditEntries" })
        {
            afterFirstStart[table].ShouldBeGreaterThan(0, table);
        }

        (await database.RowCountsAsync()).ShouldBe(afterFirstStart);
    }
}
