using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WorkSessions.Data.Auditing;

namespace WorkSessions.Data.Sqlite;

/// <summary>Lets `dotnet ef` build the model for SQLite without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WorkSessionsDbContext>
{
    public WorkSessionsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkSessionsDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseOptions.Providers.Sqlite, "Data Source=design-time.db");
        return new WorkSessionsDbContext(options.Options, new ChangeRecorder(new SystemUser(), TimeProvider.System));
    }
}
