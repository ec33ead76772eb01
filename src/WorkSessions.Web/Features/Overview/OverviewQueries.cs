using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// Counts by time position, computed in SQL from today's date and the deadline in force,
/// with the same thresholds as <see cref="FollowUpTask.PositionOf"/>.
/// </summary>
public sealed class OverviewQueries(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock)
{
    public async Task<OverviewFigures> GetAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.Today();
        var soon = today.AddDays(FollowUpTask.DefaultDueSoonDays);
        var open = db.FollowUpTasks.Where(t => t.State != TaskState.Done && t.State != TaskState.Suspended);
        return new OverviewFigures(
            await db.WorkSessions.CountAsync(ct),
            await db.FollowUpTasks.CountAsync(ct),
            await db.FollowUpTasks.CountAsync(t => t.State == TaskState.Done, ct),
            await db.FollowUpTasks.CountAsync(t => t.State == TaskState.AwaitingConfirmation, ct),
            await open.CountAsync(t => t.CurrentDeadline < today, ct),
            await open.CountAsync(t => t.CurrentDeadline >= today && t.CurrentDeadline <= soon, ct),
            await open.CountAsync(t => t.CurrentDeadline > soon, ct),
            await open.CountAsync(t => t.CurrentDeadline == null, ct));
    }
}
