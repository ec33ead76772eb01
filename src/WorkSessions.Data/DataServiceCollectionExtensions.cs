using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkSessions.Data.Auditing;
using WorkSessions.Data.Seeding;

namespace WorkSessions.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "WorkSessions";

    /// <summary>
    /// Registers the context factory for the configured provider. The factory is scoped so that
    /// each context records changes under the user of the current circuit or request.
    /// </summary>
    public static IServiceCollection AddWorkSessionsData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (options.Provider == DatabaseOptions.Providers.Sqlite)
        {
            connectionString = SqliteConnectionString(connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for the {options.Provider} provider.");
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, SystemUser>();
        services.AddScoped<ChangeRecorder>();
        services.AddDbContextFactory<WorkSessionsDbContext>(
            db => Configure(db, options.Provider, connectionString!),
            ServiceLifetime.Scoped);
        services.AddTransient<DatabaseInitializer>();
        services.AddTransient<SeedLoader>();
        return services;
    }

    /// <summary>One place that knows how each provider is set up; design-time factories use it too.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder db, string provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseOptions.Providers.Sqlite => db.UseSqlite(connectionString, o => o.MigrationsAssembly("WorkSessions.Data.Sqlite")),
            DatabaseOptions.Providers.SqlServer => db.UseSqlServer(connectionString, o => o.MigrationsAssembly("WorkSessions.Data.SqlServer")),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or SqlServer."),
        };

        // Soft-deleted principals are filtered; dependents are loaded through their root, so this warning does not apply.
        return db.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>The default is a file in a data folder next to the app, created if missing.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/worksessions.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        return builder.ToString();
    }
}
