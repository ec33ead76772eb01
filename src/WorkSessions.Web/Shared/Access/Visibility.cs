using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Shared.Access;

/// <summary>
/// What a person may read, for every feature: those who read the whole province see everything; a
/// unit user sees the sessions held with their unit or giving it tasks, the tasks it leads or
/// coordinates, and the issued notices of its sessions. Lists filter with the queries here; a
/// request for one record asks <see cref="SeesAsync{T}"/>, which answers another unit's record as
/// "not found" and records the refusal, so ids reveal nothing.
/// </summary>
public sealed class Visibility(IDbContextFactory<WorkSessionsDbContext> factory, SecurityAudit audit)
{
    public static IQueryable<WorkSession> Sessions(WorkSessionsDbContext db, UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        return access.UnitFilter() is { } unit ? db.WorkSessions.Where(SessionConcerns(unit)) : db.WorkSessions;
    }

    public static IQueryable<FollowUpTask> Tasks(WorkSessionsDbContext db, UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        if (access.UnitFilter() is not { } unit)
        {
            return db.FollowUpTasks;
        }

        // "Lead unit, or id in the unit's coordinated tasks" rather than EXISTS, so that SQLite
        // answers each half from its index instead of reading every task.
        var coordinated = db.Set<TaskCoordinatingUnit>().Where(c => c.UnitId == unit).Select(c => c.FollowUpTaskId);
        return db.FollowUpTasks.Where(t => t.LeadUnitId == unit || coordinated.Contains(t.Id));
    }

    /// <summary>Drafts are internal to the provincial office; a unit sees a notice once it is issued, and only of its sessions.</summary>
    public static IQueryable<ConclusionNotice> Notices(WorkSessionsDbContext db, UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        if (access.UnitFilter() is null)
        {
            return db.ConclusionNotices;
        }

        var sessions = Sessions(db, access).Select(s => s.Id);
        return db.ConclusionNotices.Where(n => n.Status == NoticeStatus.Issued && sessions.Contains(n.WorkSessionId));
    }

    /// <summary>What concerns a unit: sessions held with it, and sessions whose tasks it leads or coordinates.</summary>
    public static Expression<Func<WorkSession, bool>> SessionConcerns(int unit) => s =>
        s.HostUnitId == unit
        || s.Conclusion!.Directives.Any(d => d.Tasks.Any(t => t.LeadUnitId == unit || t.CoordinatingUnits.Any(c => c.UnitId == unit)));

    public Task<bool> SeesSessionAsync(UserAccess access, int id, CancellationToken ct = default) =>
        SeesAsync(access, id, Sessions, "Xem buổi làm việc của đơn vị khác", ct);

    public Task<bool> SeesTaskAsync(UserAccess access, int id, CancellationToken ct = default) =>
        SeesAsync(access, id, Tasks, "Xem nhiệm vụ của đơn vị khác", ct);

    public Task<bool> SeesNoticeAsync(UserAccess access, int id, CancellationToken ct = default) =>
        SeesAsync(access, id, Notices, "Xem thông báo kết luận không thuộc đơn vị", ct);

    /// <summary>
    /// The one check of a single record: whether it exists and the person may see it. A record that
    /// exists but is not theirs is refused in the audit trail ("WorkSession/12") and answered as
    /// missing; a record that does not exist has nothing to record.
    /// </summary>
    public async Task<bool> SeesAsync<T>(UserAccess access, int id, Func<WorkSessionsDbContext, UserAccess, IQueryable<T>> visible, string detail, CancellationToken ct = default)
        where T : Entity
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(visible);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await visible(db, access).AnyAsync(e => e.Id == id, ct))
        {
            return true;
        }

        if (await db.Set<T>().AnyAsync(e => e.Id == id, ct))
        {
            _ = await audit.RefuseAsync(access, $"{typeof(T).Name}/{id}", detail, ct);
        }

        return false;
    }
}
