using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// The task register: every follow-up task with the directive and session it came from.
/// A unit user sees the tasks their unit leads or coordinates.
/// </summary>
public sealed class TaskQueries(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user)
{
    public async Task<PagedResult<TaskListItem>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows =
            from t in db.FollowUpTasks
            join c in db.Set<Conclusion>() on t.Directive.ConclusionId equals c.Id
            join s in db.WorkSessions on c.WorkSessionId equals s.Id
            select new { Task = t, Session = s };
        if (access.UnitFilter() is { } unit)
        {
            rows = rows.Where(r => r.Task.LeadUnitId == unit || r.Task.CoordinatingUnits.Any(c => c.UnitId == unit));
        }

        var key = VietnameseText.Fold(search);
        if (key.Length > 0)
        {
            rows = rows.Where(r => r.Session.SearchKey.Contains(key) || r.Task.LeadUnit.SearchKey.Contains(key));
        }

        var total = await rows.CountAsync(ct);
        var ordered = (page.SortBy, page.Descending) switch
        {
            (nameof(TaskListItem.LeadUnit), false) => rows.OrderBy(r => r.Task.LeadUnit.Name).ThenBy(r => r.Task.Id),
            (nameof(TaskListItem.LeadUnit), true) => rows.OrderByDescending(r => r.Task.LeadUnit.Name).ThenBy(r => r.Task.Id),
            (nameof(TaskListItem.SessionDate), false) => rows.OrderBy(r => r.Session.HeldOn).ThenBy(r => r.Task.Id),
            (nameof(TaskListItem.SessionDate), true) => rows.OrderByDescending(r => r.Session.HeldOn).ThenBy(r => r.Task.Id),
            (nameof(TaskListItem.CurrentDeadline), true) => rows.OrderByDescending(r => r.Task.CurrentDeadline).ThenBy(r => r.Task.Id),

            // What needs attention first: open tasks by nearest deadline, ongoing ones after, finished ones last.
            _ => rows.OrderBy(r => r.Task.State == TaskState.Done || r.Task.State == TaskState.Suspended)
                .ThenBy(r => r.Task.CurrentDeadline == null)
                .ThenBy(r => r.Task.CurrentDeadline)
                .ThenBy(r => r.Task.Id),
        };

        var today = clock.Today();
        var items = await ordered.Page(page)
            .Select(r => new
            {
                r.Task.Id,
                SessionId = r.Session.Id,
                r.Session.Title,
                r.Session.HeldOn,
                r.Task.Directive.Number,
                r.Task.Directive.Text,
                LeadUnit = r.Task.LeadUnit.Name,
                r.Task.OriginalDeadline,
                r.Task.CurrentDeadline,
                r.Task.CompletedOn,
                r.Task.State,
                r.Task.Percent,
            })
            .ToListAsync(ct);
        return new PagedResult<TaskListItem>(
            [.. items.Select(i => new TaskListItem(
                i.Id, i.SessionId, i.Title, i.HeldOn, i.Number, i.Text, i.LeadUnit, i.OriginalDeadline, i.CurrentDeadline, i.State, i.Percent,
                FollowUpTask.PositionOf(i.CurrentDeadline, i.CompletedOn, today)))],
            total);
    }
}
