using Serilog;
using WorkSessions.Data;
using WorkSessions.Web.Components;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Localization;
using WorkSessions.Data.Providers;

// "backup <file>" and "restore <file>" run instead of the portal (docs/operations.md).
if (DatabaseCommands.IsCommand(args))
{
    Environment.ExitCode = await DatabaseCommands.RunAsync(args);
    return;
}

// The bootstrap logger records start-up failures before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    // The host gets a logger of its own (the static bootstrap logger is left alone): the bootstrap
    // logger can be frozen only once per process, and tests start several hosts in one process.
    builder.Services.AddSerilog(
        (services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.With<ControlCharacterEscaper>(),
        preserveStaticLogger: true);

    builder.Services.AddRazorComponents().AddPortalCircuits(builder.Environment);
    builder.Services.AddPortalLocalization();
    builder.Services.AddWorkSessionsData(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddPortalAccounts(builder.Configuration, builder.Environment);
    builder.Services.AddPortalServices(builder.Configuration);

    var app = builder.Build();
    await app.InitializeDatabaseAsync();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }

    app.UseSecurityHeaders();
    app.UseSerilogRequestLogging();
    app.UsePortalStatusPages();
    app.UseAccessRefusals();
    app.UsePortalLocalization();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseAntiforgery();
    app.UseAntiforgeryRefusalPage();

    app.MapStaticAssets();
    app.MapPortalEndpoints();
    // Our own Content-Security-Policy already says frame-ancestors 'none'; Blazor's second header would only repeat it.
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped because of an unhandled exception");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
