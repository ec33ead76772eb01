using Microsoft.Extensions.Options;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>
/// Runs the producer and then the mailer on every node, at start-up and every interval after.
/// A failed run is logged and the next one tries again; the database carries all state over.
/// </summary>
public sealed class NotificationJob(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<NotificationProducer>().RunAsync(stoppingToken);
                var sent = await scope.ServiceProvider.GetRequiredService<NotificationMailer>().SendPendingAsync(stoppingToken);
                // An empty run is logged too, at Debug: with it on, one can see that every node runs (docs/operations.md).
                logger.Log(written + sent > 0 ? LogLevel.Information : LogLevel.Debug, "Notification run: {Written} new, {Sent} e-mailed", written, sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Notification run failed; the next run tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
