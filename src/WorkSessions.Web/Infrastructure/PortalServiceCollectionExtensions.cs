using MudBlazor;
using MudBlazor.Services;
using WorkSessions.Data;
using WorkSessions.Web.Features.Officials;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Features.Units;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Infrastructure;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services)
    {
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddScoped<SessionQueries>();
        services.AddScoped<UnitQueries>();
        services.AddScoped<OfficialQueries>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<OverviewQueries>();
        return services;
    }

    /// <summary>Migrates (SQLite) and, in demo mode, loads the seed once into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration)
    {
        await using var scope = services.CreateAsyncScope();
        var demo = configuration.GetValue("Demo:Enabled", false);
        var seedFolder = configuration["Demo:SeedFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo ? seedFolder : null);
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapCultureEndpoint();
    }
}
