using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkSessions.Data.Providers;

/// <summary>
/// Healthy when a real query against the data answers and, on SQLite, when a write could start now:
/// a file locked by another process or made read-only still answers reads (WAL lets readers through),
/// yet every save would fail, so the check takes the write lock for a moment and gives it back.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<WorkSessionsDbContext> factory) : IHealthCheck
{
    /// <summary>How long the check waits for the write lock: a save in progress takes milliseconds, a held lock far longer.</summary>
    private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            _ = await db.Units.AnyAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                await ProveWritableAsync(db, cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu không phản hồi hoặc không ghi được.", ex);
        }
    }

    private static async Task ProveWritableAsync(WorkSessionsDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.CommandTimeout = (int)WriteWait.TotalSeconds;
        await begin.ExecuteNonQueryAsync(ct);

        // Nothing was written: giving the lock back is all that is left to do.
        await using var rollback = connection.CreateCommand();
        rollback.CommandText = "ROLLBACK;";
        await rollback.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
