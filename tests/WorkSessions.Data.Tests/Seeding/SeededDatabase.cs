namespace WorkSessions.Data.Tests.Seeding;

/// <summary>One file seeded from seeds/*.json for a whole test class; the tests only read it.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    internal TestDatabase Database { get; } = TestDatabase.Empty();

    public Task InitializeAsync() => Database.InitializeAsync(TestDatabase.SeedFolder);

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();
}
