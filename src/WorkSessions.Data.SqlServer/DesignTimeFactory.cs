using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WorkSessions.Data.Auditing;

namespace WorkSessions.Data.SqlServer;

/// <summary>Lets `dotnet ef` build the model for SQL Server; no server is contacted to add a migration or write a script.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<WorkSessionsDbContext>
{
    public WorkSessionsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WorkSessionsDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseOptions.Providers.SqlServer, "Server=none;Database=WorkSessions;Integrated Security=true;TrustServerCertificate=true");
        return new WorkSessionsDbContext(options.Options, new ChangeRecorder(new SystemUser(), TimeProvider.System));
    }
}
