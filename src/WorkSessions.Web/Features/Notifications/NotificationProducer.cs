using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkSessions.Data;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notifications;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>
/// Finds what people should be told from the tasks' own data, and records each event once.
/// Nothing is kept in memory between runs, so a restart loses nothing and repeats nothing; two
/// nodes running at once both try, and the unique event key lets only one of them write it.
/// </summary>
public sealed class NotificationProducer(
    IDbContextFactory<WorkSessionsDbContext> factory,
    TimeProvider clock,
    IOptions<NotificationOptions> options,
    IOptions<TaskOptions> taskOptions,
    ILogger<NotificationProducer> logger)
{
    /// <summary>Records the events not yet told; returns how many this run wrote.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.Today();
        var since = today.AddDays(-options.Value.LookBackDays);
        var soon = today.AddDays(taskOptions.Value.DueSoonDays);
        var open = db.FollowUpTasks.Where(t => t.State == TaskState.NotStarted || t.State == TaskState.InProgress);
        var candidates = new List<Candidate>();

        foreach (var t in await Lines(open.Where(t => t.AssignedOn >= since)).ToListAsync(ct))
        {
            var deadline = t.Deadline is { } d ? $"thời hạn {VietnameseDate.Short(d)}" : "thường xuyên";
            candidates.AddRange(t.Units.Prepend(t.LeadUnitId).Distinct().Select(unit => new Candidate(
                NotificationKind.TaskAssigned, $"assigned:{t.Id}:{unit}", t.Id, unit,
                $"Nhiệm vụ mới ({deadline}): {t.Title}")));
        }

        foreach (var t in await Lines(open.Where(t => t.CurrentDeadline >= today && t.CurrentDeadline <= soon)).ToListAsync(ct))
        {
            candidates.Add(new(NotificationKind.DueSoon, $"due-soon:{t.Id}:{t.Deadline:yyyy-MM-dd}", t.Id, t.LeadUnitId,
                $"Sắp đến hạn ngày {VietnameseDate.Short(t.Deadline!.Value)}: {t.Title}"));
        }

        foreach (var t in await Lines(open.Where(t => t.CurrentDeadline < today && t.CurrentDeadline >= since)).ToListAsync(ct))
        {
            candidates.Add(new(NotificationKind.Overdue, $"overdue:{t.Id}:{t.Deadline:yyyy-MM-dd}", t.Id, t.LeadUnitId,
                $"Quá hạn từ ngày {VietnameseDate.Short(t.Deadline!.Value)}: {t.Title}"));
        }

        var returns = await db.Set<CompletionReview>().Where(r => !r.Accepted && r.ReviewedOn >= since)
            .Select(r => new { r.Id, r.FollowUpTaskId, r.Reason }).ToListAsync(ct);
        var extensions = await db.Set<DeadlineExtension>().Where(e => e.RequestedOn >= since || e.DecidedOn >= since)
            .Select(e => new { e.Id, e.FollowUpTaskId, e.Status, e.ProposedDeadline, e.DecisionNote }).ToListAsync(ct);
        // Only a report still waiting is worth telling the office: one confirmed or returned since needs nothing from them.
        var completions = await db.Set<ProgressUpdate>()
            .Where(u => u.ReportsCompletion && u.ReportedOn >= since && db.FollowUpTasks.Any(t => t.Id == u.FollowUpTaskId && t.State == TaskState.AwaitingConfirmation))
            .Select(u => new { u.Id, u.FollowUpTaskId, u.OutputDocument }).ToListAsync(ct);
        var involved = returns.Select(r => r.FollowUpTaskId).Concat(extensions.Select(e => e.FollowUpTaskId)).Concat(completions.Select(c => c.FollowUpTaskId)).ToHashSet();
        var tasks = (await Lines(db.FollowUpTasks.Where(t => involved.Contains(t.Id))).ToListAsync(ct)).ToDictionary(t => t.Id);

        foreach (var r in returns.Where(r => tasks.ContainsKey(r.FollowUpTaskId)))
        {
            var t = tasks[r.FollowUpTaskId];
            candidates.Add(new(NotificationKind.Returned, $"returned:{r.Id}", t.Id, t.LeadUnitId, $"Văn phòng trả lại báo cáo hoàn thành: {t.Title}. Lý do: {r.Reason}"));
        }

        foreach (var e in extensions.Where(e => tasks.ContainsKey(e.FollowUpTaskId)))
        {
            var t = tasks[e.FollowUpTaskId];
            if (e.Status == ExtensionStatus.Pending)
            {
                candidates.Add(new(NotificationKind.ExtensionRequested, $"extension-request:{e.Id}", t.Id, null,
                    $"{t.LeadUnit} đề nghị gia hạn đến ngày {VietnameseDate.Short(e.ProposedDeadline)}: {t.Title}"));
            }
            else
            {
                var decision = e.Status == ExtensionStatus.Approved
                    ? $"Đồng ý gia hạn đến ngày {VietnameseDate.Short(e.ProposedDeadline)}"
                    : $"Không đồng ý gia hạn{(string.IsNullOrWhiteSpace(e.DecisionNote) ? string.Empty : $" ({e.DecisionNote})")}";
                candidates.Add(new(NotificationKind.ExtensionDecided, $"extension:{e.Id}", t.Id, t.LeadUnitId, $"{decision}: {t.Title}"));
            }
        }

        foreach (var c in completions.Where(c => tasks.ContainsKey(c.FollowUpTaskId)))
        {
            var t = tasks[c.FollowUpTaskId];
            candidates.Add(new(NotificationKind.ReportedDone, $"done:{c.Id}", t.Id, null, $"{t.LeadUnit} báo cáo hoàn thành ({c.OutputDocument}), chờ xác nhận: {t.Title}"));
        }

        return await RecordAsync(db, candidates, ct);
    }

    /// <summary>Writes the candidates not yet on record, one at a time, so a key another node just wrote is skipped, not fatal.</summary>
    private async Task<int> RecordAsync(WorkSessionsDbContext db, List<Candidate> candidates, CancellationToken ct)
    {
        var keys = candidates.Select(c => c.Key).ToList();
        var known = (await db.Notifications.IgnoreQueryFilters().Where(n => keys.Contains(n.EventKey)).Select(n => n.EventKey).ToListAsync(ct)).ToHashSet();
        var written = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in candidates.Where(c => !known.Contains(c.Key)).DistinctBy(c => c.Key))
        {
            var notification = new Notification(c.Kind, c.Key, c.TaskId, c.UnitId, c.Text, now);
            db.Notifications.Add(notification);
            try
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
            catch (DbUpdateException e)
            {
                // The unique key: another node recorded this event a moment ago.
                db.Entry(notification).State = EntityState.Detached;
                logger.LogDebug(e, "Notification {Key} already recorded by another node", c.Key);
            }
        }

        return written;
    }

    /// <summary>What a notification says of a task: the directive's number and text, shortened, and its unit.</summary>
    private static IQueryable<TaskLine> Lines(IQueryable<FollowUpTask> tasks) => tasks.Select(t => new TaskLine(
        t.Id,
        t.LeadUnitId,
        t.LeadUnit.Name,
        t.CurrentDeadline,
        t.CoordinatingUnits.Select(c => c.UnitId).ToList(),
        t.Directive.Number,
        t.Directive.Text));

    private sealed record TaskLine(int Id, int LeadUnitId, string LeadUnit, DateOnly? Deadline, List<int> Units, int Number, string Text)
    {
        public string Title => $"ý kiến số {Number} – {(Text.Length <= 160 ? Text : string.Concat(Text.AsSpan(0, 159), "…"))}";
    }

    private sealed record Candidate(NotificationKind Kind, string Key, int TaskId, int? UnitId, string Text);
}
