namespace WorkSessions.Data;

/// <summary>The "Database" section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded, the default) or "SqlServer" (production).</summary>
    public string Provider { get; set; } = Providers.Sqlite;

    /// <summary>Apply migrations at start. On for SQLite; for SQL Server the DBA runs the script.</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == Providers.Sqlite;

    public static class Providers
    {
        public const string Sqlite = "Sqlite";
        public const string SqlServer = "SqlServer";
    }
}
