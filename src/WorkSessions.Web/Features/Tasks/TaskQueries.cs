using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkSessions.Data;
using WorkSessions.Data.Configurations;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Shared;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// The task register: every follow-up task with the directive and session it came from, narrowed
/// by a <see cref="TaskFilter"/>. A unit user sees the tasks their unit leads or coordinates.
/// The list, its exports and the dashboard's figures all read through <see cref="Query"/>.
/// </summary>
public sealed partial class TaskQueries(
    IDbContextFactory<WorkSessionsDbContext> factory,
    TimeProvider clock,
    CurrentUser user,
    Visibility visibility,
    IOptions<TaskOptions> options)
{
    /// <summary>An export is a register, not a backup: past this many rows the clerk narrows the filter.</summary>
    public const int MaxExportRows = 20_000;

    private int DueSoonDays => options.Value.DueSoonDays;

    public async Task<PagedResult<TaskListItem>> ListAsync(string? search, TaskFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = QueryForPage(db, access, search, filter, page.SortBy);
        var total = await rows.CountAsync(ct);
        var ids = await Sort(rows, page.SortBy, page.Descending).Page(page).Select(r => r.Task.Id).ToListAsync(ct);
        return new PagedResult<TaskListItem>(await LoadAsync(db, ids, ct), total);
    }

    /// <summary>
    /// The listed tasks in full, in the order of <paramref name="ids"/>. A page is chosen by id first,
    /// from the sort's index: sorting the whole projection would sort every column of every task.
    /// The coordinating units come in a second query by task id, not a join SQLite would build whole.
    /// </summary>
    private async Task<IReadOnlyList<TaskListItem>> LoadAsync(WorkSessionsDbContext db, List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await Project(Rows(db, db.FollowUpTasks.Where(t => ids.Contains(t.Id)))).AsSplitQuery().ToListAsync(ct);
        return [.. items.OrderBy(i => ids.IndexOf(i.Id)).Select(Finish)];
    }

    /// <summary>Every row of the filtered list, in the order on screen, for the Excel and CSV registers; null past <see cref="MaxExportRows"/>.</summary>
    public async Task<IReadOnlyList<TaskListItem>?> ExportAsync(string? search, TaskFilter filter, string? sortBy, bool descending, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = Query(db, access, search, filter);
        var items = await Project(Sort(rows, sortBy, descending).Take(MaxExportRows + 1)).AsSplitQuery().ToListAsync(ct);
        return items.Count > MaxExportRows ? null : [.. items.Select(Finish)];
    }

    /// <summary>
    /// A unit's home page: its open tasks and those awaiting confirmation, with the time position
    /// of each, nearest deadline first. The page groups them; nothing is paged away because a unit
    /// has tens of open tasks, not thousands.
    /// </summary>
    public async Task<IReadOnlyList<TaskListItem>> UnitBoardAsync(CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = QueryForPage(db, access, null, new TaskFilter(), null);
        rows = rows.Where(r => r.Task.State != TaskState.Done && r.Task.State != TaskState.Suspended);
        var ids = await Sort(rows, null, false).Take(500).Select(r => r.Task.Id).ToListAsync(ct);
        return await LoadAsync(db, ids, ct);
    }

    /// <summary>
    /// The register's query, public for every figure drawn from it: the visible tasks narrowed by the
    /// filter and the search, joined to their directive and session. The dashboard groups it; the
    /// list and the exports page and project it. A figure and the list behind its link cannot differ.
    /// </summary>
    public IQueryable<TaskRow> Query(WorkSessionsDbContext db, UserAccess access, string? search, TaskFilter filter) =>
        Rows(db, Narrow(db, access, search, filter));

    /// <summary>
    /// <see cref="Query"/> without the joins unless the sort reads the session: the count and the
    /// page then come from the task indexes alone. Leaving the joins out changes no row, because a
    /// task is removed with its directive and a session is never removed.
    /// </summary>
    private IQueryable<TaskRow> QueryForPage(WorkSessionsDbContext db, UserAccess access, string? search, TaskFilter filter, string? sortBy) =>
        sortBy == nameof(TaskListItem.SessionDate)
            ? Query(db, access, search, filter)
            : Narrow(db, access, search, filter).Select(t => new TaskRow { Task = t, Directive = t.Directive, Session = null! });

    /// <summary>
    /// The visible tasks narrowed by the filter and the search. Conditions on the directive and the
    /// session are "directive id in …" rather than joins, so each is answered from its own index.
    /// </summary>
    private IQueryable<FollowUpTask> Narrow(WorkSessionsDbContext db, UserAccess access, string? search, TaskFilter filter)
    {
        var today = clock.Today();
        var tasks = Visibility.Tasks(db, access);
        if (filter.UnitId is { } unitId)
        {
            // The unit exactly, as the dashboard counts it: a task stays with the unit it was given to.
            tasks = tasks.Where(t => t.LeadUnitId == unitId);
        }

        if (filter.State is { } state)
        {
            tasks = tasks.Where(t => t.State == state);
        }

        if (filter.Position is { } position)
        {
            tasks = tasks.Where(TimePositionRule.Is(position, today, DueSoonDays));
        }

        if (filter.Tally is { } tally)
        {
            tasks = tasks.Where(TaskRules.Is(tally, today));
        }

        if (Day(filter.DeadlineFrom) is { } deadlineFrom)
        {
            tasks = tasks.Where(t => t.CurrentDeadline >= deadlineFrom);
        }

        if (Day(filter.DeadlineTo) is { } deadlineTo)
        {
            tasks = tasks.Where(t => t.CurrentDeadline <= deadlineTo);
        }

        if (Day(filter.AssignedFrom) is { } assignedFrom)
        {
            tasks = tasks.Where(t => t.AssignedOn >= assignedFrom);
        }

        if (Day(filter.AssignedTo) is { } assignedTo)
        {
            tasks = tasks.Where(t => t.AssignedOn <= assignedTo);
        }

        if (filter.Field is { } field)
        {
            var ofField = db.Directives.Where(d => d.Field == field).Select(d => d.Id);
            tasks = tasks.Where(t => ofField.Contains(t.DirectiveId));
        }

        if (filter.SessionId is not null || filter.LeaderId is not null)
        {
            var sessions = db.WorkSessions.AsQueryable();
            if (filter.SessionId is { } sessionId)
            {
                sessions = sessions.Where(s => s.Id == sessionId);
            }

            if (filter.LeaderId is { } leader)
            {
                // From the attendance index (official, role), not by looking into every session.
                var chaired = db.Set<Attendance>().Where(a => a.OfficialId == leader && a.Role == AttendanceRole.Chair).Select(a => a.WorkSessionId);
                sessions = sessions.Where(s => chaired.Contains(s.Id));
            }

            var given = DirectivesOf(db, sessions.Select(s => s.Id));
            tasks = tasks.Where(t => given.Contains(t.DirectiveId));
        }

        var key = VietnameseText.Fold(search);
        if (key.Length > 0)
        {
            // Found by the directive's words, its session's or the lead unit's name.
            var found = db.Directives.Where(d => d.SearchKey.Contains(key)).Select(d => d.Id);
            var inSessions = DirectivesOf(db, db.WorkSessions.Where(s => s.SearchKey.Contains(key)).Select(s => s.Id));
            var units = db.Units.Where(u => u.SearchKey.Contains(key)).Select(u => u.Id);
            tasks = tasks.Where(t => found.Contains(t.DirectiveId) || inSessions.Contains(t.DirectiveId) || units.Contains(t.LeadUnitId));
        }

        return tasks;
    }

    /// <summary>The ids of the directives given in these sessions.</summary>
    private static IQueryable<int> DirectivesOf(WorkSessionsDbContext db, IQueryable<int> sessionIds)
    {
        var conclusions = db.Set<Conclusion>().Where(c => sessionIds.Contains(c.WorkSessionId)).Select(c => c.Id);
        return db.Directives.Where(d => conclusions.Contains(d.ConclusionId)).Select(d => d.Id);
    }

    private static IQueryable<TaskRow> Rows(WorkSessionsDbContext db, IQueryable<FollowUpTask> tasks) =>
        from t in tasks
        join d in db.Directives on t.DirectiveId equals d.Id
        join c in db.Set<Conclusion>() on d.ConclusionId equals c.Id
        join s in db.WorkSessions on c.WorkSessionId equals s.Id
        select new TaskRow { Task = t, Directive = d, Session = s };

    /// <summary>A date picker's value as the day it shows.</summary>
    private static DateOnly? Day(DateTime? picked) => picked is { } value ? DateOnly.FromDateTime(value) : null;

    private static IQueryable<TaskRow> Sort(IQueryable<TaskRow> rows, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        // By the folded name: "Đảng ủy" sorts under D, as a Vietnamese reader expects, not after Z as its code point would.
        (nameof(TaskListItem.LeadUnit), false) => rows.OrderBy(r => r.Task.LeadUnit.SearchKey).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.LeadUnit), true) => rows.OrderByDescending(r => r.Task.LeadUnit.SearchKey).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.SessionDate), false) => rows.OrderBy(r => r.Session.HeldOn).ThenBy(r => r.Directive.Number).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.SessionDate), true) => rows.OrderByDescending(r => r.Session.HeldOn).ThenBy(r => r.Directive.Number).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.CurrentDeadline), false) => rows.OrderBy(r => r.Task.CurrentDeadline == null).ThenBy(r => r.Task.CurrentDeadline).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.CurrentDeadline), true) => rows.OrderByDescending(r => r.Task.CurrentDeadline).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.Percent), false) => rows.OrderBy(r => r.Task.Percent).ThenBy(r => r.Task.Id),
        (nameof(TaskListItem.Percent), true) => rows.OrderByDescending(r => r.Task.Percent).ThenBy(r => r.Task.Id),

        // What needs attention first: open tasks by nearest deadline, ongoing ones after, finished ones
        // last; the groups are one indexed column, so a page is read from the index, not sorted.
        _ => rows.OrderBy(r => EF.Property<int>(r.Task, FollowUpTaskColumns.AttentionGroup))
            .ThenBy(r => r.Task.CurrentDeadline)
            .ThenBy(r => r.Task.Id),
    };

    private static IQueryable<TaskRowData> Project(IQueryable<TaskRow> rows) => rows.Select(r => new TaskRowData(
        r.Task.Id,
        r.Session.Id,
        r.Session.Title,
        SessionDate.Of(r.Session.HeldOn, r.Session.DatePrecision, r.Session.DateIsApproximate),
        string.Join(", ", r.Session.Attendances.Where(a => a.Role == AttendanceRole.Chair).OrderBy(a => a.Order).Select(a => a.FullName)),
        r.Directive.Number,
        r.Directive.Text,
        r.Directive.Field,
        r.Task.LeadUnitId,
        r.Task.LeadUnit.Name,
        r.Task.CoordinatingUnits.Select(c => c.Unit.Name).ToList(),
        r.Task.CoordinatingGroup,
        r.Task.ExpectedOutput,
        r.Task.ReportingSchedule,
        r.Task.AssignedOn,
        r.Task.OriginalDeadline,
        r.Task.CurrentDeadline,
        r.Task.State,
        r.Task.Percent,
        r.Task.ReportedDoneOn,
        r.Task.CompletedOn,
        r.Task.Updates.OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id).Select(u => (DateOnly?)u.ReportedOn).FirstOrDefault(),
        r.Task.Updates.OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id).Select(u => u.Narrative).FirstOrDefault()));

    private TaskListItem Finish(TaskRowData r) => new(
        r.Id, r.SessionId, r.SessionTitle, r.SessionDate, r.Chair, r.DirectiveNumber, r.DirectiveText, r.Field, r.LeadUnitId, r.LeadUnit,
        FollowUpTask.Coordinators(r.CoordinatingUnits, r.CoordinatingGroup),
        r.ExpectedOutput, r.ReportingSchedule, r.AssignedOn, r.OriginalDeadline, r.CurrentDeadline, r.State, r.Percent,
        TimePositionRule.Of(r.CurrentDeadline, r.CompletedOn, clock.Today(), DueSoonDays),
        r.ReportedDoneOn, r.CompletedOn, r.LastReportOn, r.LastReport);

    private sealed record TaskRowData(
        int Id, int SessionId, string SessionTitle, SessionDate SessionDate, string? Chair, int DirectiveNumber, string DirectiveText, DirectiveField Field,
        int LeadUnitId, string LeadUnit, List<string> CoordinatingUnits, string? CoordinatingGroup, string ExpectedOutput, ReportingSchedule ReportingSchedule, DateOnly AssignedOn,
        DateOnly? OriginalDeadline, DateOnly? CurrentDeadline, TaskState State, int Percent, DateOnly? ReportedDoneOn, DateOnly? CompletedOn,
        DateOnly? LastReportOn, string? LastReport);
}

/// <summary>A task with the directive and the session it came from, for queries that filter or group on all three.</summary>
public sealed class TaskRow
{
    public required FollowUpTask Task { get; init; }

    public required Directive Directive { get; init; }

    public required WorkSession Session { get; init; }
}
