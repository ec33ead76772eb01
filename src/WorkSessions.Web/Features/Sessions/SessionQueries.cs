using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Shared;

namespace WorkSessions.Web.Features.Sessions;

/// <summary>
/// Reads for the session pages: a paged, sorted, searchable list and one session whole.
/// A unit user sees only the sessions that concern their unit.
/// </summary>
public sealed class SessionQueries(
    IDbContextFactory<WorkSessionsDbContext> factory,
    TimeProvider clock,
    CurrentUser user,
    Visibility visibility,
    IOptions<TaskOptions> taskOptions)
{
    public Task<PagedResult<SessionListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default) =>
        ListAsync(search, new SessionFilter(), page, ct);

    public async Task<PagedResult<SessionListItem>> ListAsync(string? search, SessionFilter filter, PageRequest page, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Visibility.Sessions(db, access).AsNoTracking();
        query = await FilterAsync(db, query, filter, ct);

        var key = VietnameseText.Fold(search);
        if (key.Length > 0)
        {
            // What the session is about, what the unit reported and what the leader directed, each by its folded column.
            query = query.Where(s => s.SearchKey.Contains(key)
                || s.Report!.Sections.Any(x => x.SearchKey.Contains(key))
                || s.Conclusion!.Directives.Any(d => d.SearchKey.Contains(key)));
        }

        var total = await query.CountAsync(ct);
        var items = await Sort(query, page)
            .Page(page)
            .Select(s => new SessionListItem(
                s.Id,
                SessionDate.Of(s.HeldOn, s.DatePrecision, s.DateIsApproximate),
                s.Title,
                s.HostUnit.Name,
                string.Join(", ", s.Attendances.Where(a => a.Role == AttendanceRole.Chair).OrderBy(a => a.Order).Select(a => a.FullName)),
                s.Kind,
                s.Status,
                s.Conclusion!.Directives.SelectMany(d => d.Tasks).Count(),
                s.Conclusion!.Directives.SelectMany(d => d.Tasks).Count(t => t.State == TaskState.Done)))
            .ToListAsync(ct);
        return new PagedResult<SessionListItem>(items, total);
    }

    public async Task<SessionDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);

        // Asked first, so another unit's session is never loaded at all.
        if (!await visibility.SeesSessionAsync(access, id, ct))
        {
            return null;
        }

        var session = await db.WorkSessions.AsNoTracking().AsSplitQuery()
            .Include(s => s.HostUnit)
            .Include(s => s.Attendances)
            .Include(s => s.Report!).ThenInclude(r => r.Sections)
            .Include(s => s.Report!).ThenInclude(r => r.Indicators)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.LeadUnit)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        return session is null ? null : ToDetails(session, clock.Today(), taskOptions.Value.DueSoonDays);
    }


    /// <summary>The units and chairs the filter bar offers, for those who read the whole province.</summary>
    public async Task<SessionFilterChoices> FilterChoicesAsync(CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking()
            .Where(u => access.UnitFilter() == null || u.Id == access.UnitId)
            .OrderBy(u => u.SearchKey).Select(u => new { u.Id, u.Name, u.ValidTo }).ToListAsync(ct);
        // A unit user is offered only the leaders of the sessions they can read: the whole list would
        // tell them who worked with which other unit.
        var sessions = Visibility.Sessions(db, access);
        var leaders = await sessions.AsNoTracking()
            .SelectMany(s => s.Attendances.Where(a => a.Role == AttendanceRole.Chair && a.OfficialId != null))
            .Select(a => new { Id = a.OfficialId!.Value, a.FullName }).Distinct().ToListAsync(ct);
        return new SessionFilterChoices(
            [.. units.Select(u => (u.Id, u.Name, u.ValidTo))],
            [.. leaders.DistinctBy(l => l.Id).OrderBy(l => VietnameseText.Fold(l.FullName)).Select(l => (l.Id, l.FullName))]);
    }

    private static async Task<IQueryable<WorkSession>> FilterAsync(WorkSessionsDbContext db, IQueryable<WorkSession> query, SessionFilter filter, CancellationToken ct)
    {
        if (filter.UnitId is { } unitId)
        {
            var units = await WithPredecessorsAsync(db, unitId, ct);
            query = query.Where(s => units.Contains(s.HostUnitId));
        }

        if (filter.From is { } from)
        {
            // A session known only by its month or year is found by any day it may have been held on.
            var day = DateOnly.FromDateTime(from);
            query = query.Where(s => s.HeldUntil >= day);
        }

        if (filter.To is { } to)
        {
            var day = DateOnly.FromDateTime(to);
            query = query.Where(s => s.HeldOn <= day);
        }

        if (filter.LeaderId is { } leader)
        {
            query = query.Where(s => s.Attendances.Any(a => a.Role == AttendanceRole.Chair && a.OfficialId == leader));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }

        return query;
    }

    /// <summary>The unit and every unit merged into it, directly or through earlier mergers (the register is small: read whole).</summary>
    private static async Task<List<int>> WithPredecessorsAsync(WorkSessionsDbContext db, int unitId, CancellationToken ct)
    {
        var merged = await db.Units.AsNoTracking().Where(u => u.MergedIntoId != null).Select(u => new { u.Id, Into = u.MergedIntoId!.Value }).ToListAsync(ct);
        var found = new List<int> { unitId };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(merged.Where(m => m.Into == found[i] && !found.Contains(m.Id)).Select(m => m.Id));
        }

        return found;
    }

    private static IQueryable<WorkSession> Sort(IQueryable<WorkSession> query, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (nameof(SessionListItem.Title), false) => query.OrderBy(s => s.Title).ThenBy(s => s.Id),
        (nameof(SessionListItem.Title), true) => query.OrderByDescending(s => s.Title).ThenBy(s => s.Id),
        // By the folded name, as the task register sorts units: "Đảng ủy" under D, not after Z.
        (nameof(SessionListItem.HostUnit), false) => query.OrderBy(s => s.HostUnit.SearchKey).ThenByDescending(s => s.HeldOn),
        (nameof(SessionListItem.HostUnit), true) => query.OrderByDescending(s => s.HostUnit.SearchKey).ThenByDescending(s => s.HeldOn),
        (nameof(SessionListItem.Status), false) => query.OrderBy(StatusOrder).ThenByDescending(s => s.HeldOn),
        (nameof(SessionListItem.Status), true) => query.OrderByDescending(StatusOrder).ThenByDescending(s => s.HeldOn),
        (nameof(SessionListItem.HeldOn), false) => query.OrderBy(s => s.HeldOn).ThenBy(s => s.Id),

        // Newest first unless asked otherwise: that is how the office reads its register.
        _ => query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id),
    };

    /// <summary>Statuses are stored by name; sort them in the order a session goes through, not alphabetically.</summary>
    private static readonly Expression<Func<WorkSession, int>> StatusOrder = s =>
        s.Status == WorkSessionStatus.Planned ? 0 : s.Status == WorkSessionStatus.Held ? 1 : s.Status == WorkSessionStatus.Concluded ? 2 : 3;


    private static SessionDetails ToDetails(WorkSession s, DateOnly today, int dueSoonDays) => new(
        s.Id,
        s.Title,
        s.Date,
        s.StartTime,
        s.PartOfDay,
        s.Place,
        s.Kind,
        s.Status,
        s.HostUnit.Name,
        s.Subjects,
        s.Notes,
        [.. s.Attendances.Select(a => new AttendeeView(a.FullName, a.Title, a.Side, a.Role, a.IsGroup))],
        s.Report is { } r
            ? new ReportView(
                r.Title,
                r.PeriodCovered,
                [.. r.Sections.Select(x => new SectionView(x.Heading, x.Body))],
                [.. r.Indicators.Select(i => new IndicatorView(i.Name, i.ValueFigure, i.UnitOfMeasure, i.TargetFigure, i.Note))])
            : null,
        s.Conclusion is { } c
            ? new ConclusionView(c.Assessment, [.. c.Directives.Select(d => ToView(d, today, dueSoonDays))])
            : null);

    private static DirectiveView ToView(Directive d, DateOnly today, int dueSoonDays) => new(
        d.Id,
        d.Number,
        d.Field,
        d.Text,
        [.. d.Tasks.Select(t => new TaskView(
            t.Id,
            t.LeadUnit.Name,
            FollowUpTask.Coordinators(t.CoordinatingUnits.Select(u => u.Unit.Name), t.CoordinatingGroup),
            t.OriginalDeadline,
            t.CurrentDeadline,
            t.ExpectedOutput,
            t.ReportingSchedule,
            t.State,
            t.PositionOn(today, dueSoonDays),
            t.Percent))]);
}
