using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkSessions.Data;

namespace WorkSessions.Web.Infrastructure;

/// <summary>Healthy when a real query against the data answers, not merely when a connection opens.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<WorkSessionsDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            _ = await db.Units.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu không phản hồi.", ex);
        }
    }
}
