using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// The dashboard (Tổng quan). Every figure is counted by the task register's own query with the
/// same rule a cell's link filters by (<see cref="TaskRules"/>), so the number on a card and the
/// list its link opens cannot disagree. A unit user's figures count only their unit's tasks.
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

        var byUnit = await CountAsync(db, access, period, rows => rows.Select(r => new Keyed<int> { Key = r.Task.LeadUnitId, Task = r.Task }), ct);
        var byField = await CountAsync(db, access, period, rows => rows.Select(r => new Keyed<DirectiveField> { Key = r.Directive.Field, Task = r.Task }), ct);
        var byLeader = await CountAsync(
            db,
            access,
            period,
            rows => rows.SelectMany(
                r => r.Session.Attendances.Where(a => a.Role == AttendanceRole.Chair && a.OfficialId != null),
                (r, a) => new Keyed<int> { Key = a.OfficialId!.Value, Task = r.Task }),
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
    /// Every counted cell of the formula for each key, in one grouped query: COUNT(CASE WHEN rule …)
    /// for each cell, the rules being the same expressions the register filters by.
    /// </summary>
    private async Task<Dictionary<TKey, int[]>> CountAsync<TKey>(
        WorkSessionsDbContext db, UserAccess access, TaskFilter period, Func<IQueryable<TaskRow>, IQueryable<Keyed<TKey>>> key, CancellationToken ct)
        where TKey : notnull
    {
        var today = clock.Today();
        var rows = key(tasks.Query(db, access, null, period)).GroupBy(k => k.Key, k => k.Task);
        var lines = await rows.Select(Counter<TKey>(today)).ToListAsync(ct);
        return lines.ToDictionary(line => line.Key, line => line.Counts);
    }

    /// <summary>g => new Line { Key = g.Key, Counts = [g.Count(), g.Count(rule 1), …] } for the cells of <see cref="Tally.Counted"/>.</summary>
    private static Expression<Func<IGrouping<TKey, FollowUpTask>, Line<TKey>>> Counter<TKey>(DateOnly today)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, FollowUpTask>), "g");
        var counts = Tally.Counted.Select(cell => cell is { } tally
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(FollowUpTask)], group, TaskRules.Is(tally, today))
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(FollowUpTask)], group));
        var line = Expression.MemberInit(
            Expression.New(typeof(Line<TKey>)),
            Expression.Bind(typeof(Line<TKey>).GetProperty(nameof(Line<TKey>.Key))!, Expression.Property(group, nameof(IGrouping<TKey, FollowUpTask>.Key))),
            Expression.Bind(typeof(Line<TKey>).GetProperty(nameof(Line<TKey>.Counts))!, Expression.NewArrayInit(typeof(int), counts)));
        return Expression.Lambda<Func<IGrouping<TKey, FollowUpTask>, Line<TKey>>>(line, group);
    }

    /// <summary>A task with the key it is counted under.</summary>
    private sealed class Keyed<TKey>
    {
        public TKey Key { get; init; } = default!;

        public FollowUpTask Task { get; init; } = null!;
    }

    private sealed class Line<TKey>
    {
        public TKey Key { get; init; } = default!;

        public int[] Counts { get; init; } = [];
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
