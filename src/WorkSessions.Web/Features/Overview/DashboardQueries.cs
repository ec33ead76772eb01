using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// The dashboard (Tổng quan). Every figure is counted by the task register's own query with one
/// cell of the formula as its filter, so the number on a card and the list its link opens are the
/// same query: they cannot disagree. A unit user's figures count only their unit's tasks.
/// </summary>
public sealed class DashboardQueries(
    IDbContextFactory<WorkSessionsDbContext> factory,
    TaskQueries tasks,
    CurrentUser user,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>How many tasks the "overdue" and "due soon" lists show; their links open the rest.</summary>
    public const int AttentionListSize = 10;

    public async Task<Dashboard> GetAsync(DateTime? from, DateTime? to, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var period = new TaskFilter { AssignedFrom = from, AssignedTo = to };

        var byUnit = await CountAsync(db, access, period, rows => rows.Select(r => r.Task.LeadUnitId), ct);
        var byField = await CountAsync(db, access, period, rows => rows.Select(r => r.Directive.Field), ct);
        var byLeader = await CountAsync(
            db,
            access,
            period,
            rows => rows.SelectMany(r => r.Session.Attendances.Where(a => a.Role == AttendanceRole.Chair && a.OfficialId != null), (r, a) => a.OfficialId!.Value),
            ct);

        var unitIds = byUnit.Keys.ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var leaderIds = byLeader.Keys.ToList();
        var leaderNames = await db.Officials.AsNoTracking().Where(o => leaderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);

        var soon = new TaskFilter { AssignedFrom = from, AssignedTo = to, Position = TimePosition.DueSoon };
        var late = new TaskFilter { AssignedFrom = from, AssignedTo = to, Tally = TaskTally.NotDoneOverdue };
        var first = new PageRequest(0, AttentionListSize, nameof(TaskListItem.CurrentDeadline));
        return new Dashboard(
            clock.Today(),
            period,
            // Every task has exactly one lead unit, so the total is the sum of the unit lines, not eight more queries.
            Tally.From([.. Enumerable.Range(0, Tally.Counted.Length).Select(i => byUnit.Values.Sum(line => line[i]))]),
            Lines(byUnit, id => unitNames.GetValueOrDefault(id, "?"), (f, id) => f.UnitId = id, period),
            Lines(byField, field => l.Of(field), (f, field) => f.Field = field, period),
            Lines(byLeader, id => leaderNames.GetValueOrDefault(id, "?"), (f, id) => f.LeaderId = id, period),
            (await tasks.ListAsync(null, late, first, ct)).Items,
            (await tasks.ListAsync(null, soon, first, ct)).Items);
    }

    /// <summary>
    /// For each counted cell of the formula, the register's query with that cell as filter, grouped by
    /// the key: five small aggregate queries, each served by the task indexes.
    /// </summary>
    private async Task<Dictionary<TKey, int[]>> CountAsync<TKey>(
        WorkSessionsDbContext db, UserAccess access, TaskFilter period, Func<IQueryable<TaskRow>, IQueryable<TKey>> key, CancellationToken ct)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int[]>();
        for (var i = 0; i < Tally.Counted.Length; i++)
        {
            var filter = period.Copy();
            filter.Tally = Tally.Counted[i];
            var rows = tasks.Query(db, access, null, filter);
            var grouped = await key(rows).GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            foreach (var group in grouped)
            {
                if (!counts.TryGetValue(group.Key, out var line))
                {
                    counts[group.Key] = line = new int[Tally.Counted.Length];
                }

                line[i] = group.Count;
            }
        }

        return counts;
    }

    private static List<TallyLine> Lines<TKey>(Dictionary<TKey, int[]> counts, Func<TKey, string> name, Action<TaskFilter, TKey> narrow, TaskFilter period)
        where TKey : notnull =>
        [.. counts
            .Select(c =>
            {
                var filter = period.Copy();
                narrow(filter, c.Key);
                return new TallyLine(name(c.Key), filter, Tally.From(c.Value));
            })
            .OrderByDescending(line => line.Tally.Assigned)
            .ThenBy(line => VietnameseText.Fold(line.Name), StringComparer.Ordinal)];
}
