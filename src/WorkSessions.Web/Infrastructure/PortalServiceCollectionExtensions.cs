using MudBlazor;
using MudBlazor.Services;
using WorkSessions.Data;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Features.Attachments;
using WorkSessions.Web.Features.Calendar;
using WorkSessions.Web.Features.Admin;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Features.Notifications;
using WorkSessions.Web.Features.Officials;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Features.Units;
using WorkSessions.Web.Localization;
using WorkSessions.Web.Shared;
using WorkSessions.Web.Shared.Files;
using WorkSessions.Data.Providers;
using WorkSessions.Web.Shared.Forms;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Infrastructure;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.ShowCloseIcon = true;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddPortalTransportSecurity(configuration);
        services.AddScoped<SessionQueries>();
        services.AddScoped<SessionEditing>();
        services.AddScoped<WorkSessions.Web.Features.Sessions.History.SessionHistory>();
        services.AddScoped<UnitQueries>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<OfficialQueries>();
        services.AddScoped<OfficialAdministration>();
        services.AddOptions<TaskOptions>().Bind(configuration.GetSection(TaskOptions.Section))
            .Validate(o => o.DueSoonDays is >= 0 and <= 60, "Tasks:DueSoonDays must be between 0 and 60.").ValidateOnStart();
        services.AddScoped<TaskQueries>();
        services.AddScoped<TaskFollowUp>();
        services.AddScoped<DashboardQueries>();
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<NotificationRecipients>();
        services.AddScoped<NotificationProducer>();
        services.AddScoped<NotificationMailer>();
        services.AddScoped<NotificationInbox>();
        services.AddHostedService<NotificationJob>();
        services.AddScoped<UserScopes>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<NoticeQueries>();
        services.AddScoped<NoticeDrafts>();
        services.AddScoped<NoticeIssuing>();
        services.AddScoped<NoticeFiles>();
        services.AddScoped<NoticeNumberSettings>();
        services.AddScoped<FormatProfileAdministration>();
        services.AddScoped<Writes>();
        services.AddScoped<Visibility>();
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<AttachmentService>();
        services.AddScoped<CalendarFeeds>();
        return services;
    }

    /// <summary>
    /// Migrates (SQLite), creates the roles and, in demo mode, loads the seed and the demo accounts
    /// once. Outside Development (Staging too) the portal refuses to start while a demo password still
    /// opens an account; no user can cause that, since no password form accepts the demo password.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var demo = app.Configuration.GetValue("Demo:Enabled", false);
        var seedFolder = app.Configuration["Demo:SeedFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo ? seedFolder : null);

        var accounts = services.GetRequiredService<DemoAccounts>();
        await accounts.EnsureRolesAsync();
        if (demo)
        {
            await accounts.CreateAsync();
        }

        if (!app.Environment.IsDevelopment())
        {
            await accounts.EnsureNoneUsableAsync();
        }
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapNoticeEndpoints();
        app.MapAttachmentEndpoints();
        app.MapCalendarEndpoints();
        app.MapTaskExportEndpoints();
    }
}
