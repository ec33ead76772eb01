using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Access;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// Counts by time position, computed in SQL from today's date and the deadline in force,
/// with the same thresholds as <see cref="FollowUpTask.PositionOf"/>.
/// </summary>
/// <remarks>A unit user's figures count only their unit's sessions and tasks.</remarks>
public sealed class OverviewQueries(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user)
{
    public async Task<OverviewFigures> GetAsync(CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.Today();
        var soon = today.AddDays(FollowUpTask.DefaultDueSoonDays);
        var sessions = db.WorkSessions.AsQueryable();
        var tasks = db.FollowUpTasks.AsQueryable();
        if (access.UnitFilter() is { } unit)
        {
            sessions = sessions.Where(s => s.HostUnitId == unit);
            tasks = tasks.Where(t => t.LeadUnitId == unit || t.CoordinatingUnits.Any(c => c.UnitId == unit));
        }

        var open = tasks.Where(t => t.State != TaskState.Done && t.State != TaskState.Suspended);
        return new OverviewFigures(
            await sessions.CountAsync(ct),
            await tasks.CountAsync(ct),
            await tasks.CountAsync(t => t.State == TaskState.Done, ct),
            await tasks.CountAsync(t => t.State == TaskState.AwaitingConfirmation, ct),
            await open.CountAsync(t => t.CurrentDeadline < today, ct),
            await open.CountAsync(t => t.CurrentDeadline >= today && t.CurrentDeadline <= soon, ct),
            await open.CountAsync(t => t.CurrentDeadline > soon, ct),
            await open.CountAsync(t => t.CurrentDeadline == null, ct));
    }
}
