using Microsoft.EntityFrameworkCore;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>One task whole, for its page: the "6 rõ", where it stands, its timeline, and what this person may do.</summary>
public sealed partial class TaskQueries
{
    /// <summary>The task with its timeline, or null when it does not exist or is not the person's to see.</summary>
    public async Task<TaskDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await visibility.SeesTaskAsync(access, id, ct))
        {
            return null;
        }

        var task = await db.FollowUpTasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.LeadUnit)
            .Include(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            .Include(t => t.Updates).ThenInclude(u => u.Evidence)
            .Include(t => t.Extensions)
            .Include(t => t.Reviews)
            .SingleAsync(t => t.Id == id, ct);
        var directive = await db.Directives.AsNoTracking().SingleAsync(d => d.Id == task.DirectiveId, ct);
        var session = await (
            from c in db.Set<Conclusion>()
            join s in db.WorkSessions on c.WorkSessionId equals s.Id
            where c.Id == directive.ConclusionId
            select new
            {
                s.Id,
                s.Title,
                s.HeldOn,
                s.DatePrecision,
                s.DateIsApproximate,
                Chair = string.Join(", ", s.Attendances.Where(a => a.Role == AttendanceRole.Chair).OrderBy(a => a.Order).Select(a => a.FullName)),
            }).SingleAsync(ct);

        var today = clock.Today();
        var pending = task.Extensions.SingleOrDefault(e => e.Status == ExtensionStatus.Pending);
        var open = task.State is TaskState.NotStarted or TaskState.InProgress;
        var actions = new TaskActions(
            Report: open && access.ReportsFor(task.LeadUnitId),
            RequestExtension: open && access.ReportsFor(task.LeadUnitId) && task.CurrentDeadline is not null && pending is null,
            Review: task.State == TaskState.AwaitingConfirmation && access.ReviewsTasks,
            DecideExtension: pending is not null && access.DecidesExtensions);
        return new TaskDetails(
            task.Id,
            task.Version,
            session.Id,
            session.Title,
            SessionDate.Of(session.HeldOn, session.DatePrecision, session.DateIsApproximate),
            directive.Number,
            directive.Text,
            directive.Field,
            task.LeadUnit.Name,
            FollowUpTask.Coordinators(task.CoordinatingUnits.Select(c => c.Unit.Name), task.CoordinatingGroup),
            task.ExpectedOutput,
            task.ReportingSchedule,
            task.AssignedOn,
            task.OriginalDeadline,
            task.CurrentDeadline,
            task.State,
            task.Percent,
            task.PositionOn(today, DueSoonDays),
            pending is null ? null : new PendingExtension(pending.Id, pending.RequestedOn, pending.PreviousDeadline, pending.ProposedDeadline, pending.Reason, pending.RequestedBy),
            Timeline(task, session.Chair is { Length: > 0 } chairs ? chairs : session.Title),
            actions);
    }

    /// <summary>The task's version now, to tell a page that somebody else has acted on it.</summary>
    public async Task<int?> CurrentVersionAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.FollowUpTasks.Where(t => t.Id == id).Select(t => (int?)t.Version).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The task's events by day. Within a day, reports keep the order they were made in, and each
    /// review sits right after the completion report it answered: the domain allows a review only
    /// of the latest one, so the n-th review answers the n-th completion report.
    /// </summary>
    private static List<TimelineEntry> Timeline(FollowUpTask task, string assignedBy)
    {
        var entries = new List<(TimelineEntry Entry, int Order)>
        {
            (new(task.AssignedOn, TimelineKind.Assigned, assignedBy, null, OutputDocument: task.ExpectedOutput, Deadline: task.OriginalDeadline), -1),
        };
        var updates = task.Updates.OrderBy(u => u.Id).ToList();
        entries.AddRange(updates.Select((u, i) => (new TimelineEntry(
            u.ReportedOn,
            u.ReportsCompletion ? TimelineKind.ReportedDone : TimelineKind.Progress,
            u.ReportedBy,
            u.Narrative,
            u.Percent,
            u.OutputDocument,
            Files: [.. u.Evidence.OrderBy(f => f.Id).Select(f => new EvidenceFile(f.Id, f.FileName, f.Length))]), i * 2)));
        var completions = updates.Select((u, i) => (u, i)).Where(x => x.u.ReportsCompletion).Select(x => x.i).ToList();
        entries.AddRange(task.Reviews.OrderBy(r => r.Id).Select((r, n) => (
            new TimelineEntry(r.ReviewedOn, r.Accepted ? TimelineKind.Confirmed : TimelineKind.Returned, r.ReviewedBy, r.Reason),
            n < completions.Count ? (completions[n] * 2) + 1 : int.MaxValue)));
        foreach (var e in task.Extensions.OrderBy(e => e.Id))
        {
            var order = 1_000_000 + (e.Id * 2);
            entries.Add((new(e.RequestedOn, TimelineKind.ExtensionRequested, e.RequestedBy, e.Reason, Deadline: e.ProposedDeadline), order));
            if (e.DecidedOn is { } decided)
            {
                entries.Add((new(decided, TimelineKind.ExtensionDecided, e.DecidedBy ?? string.Empty, e.DecisionNote, Deadline: e.ProposedDeadline, Decision: e.Status), order + 1));
            }
        }

        return [.. entries.OrderBy(x => x.Entry.On).ThenBy(x => x.Order).Select(x => x.Entry)];
    }
}
