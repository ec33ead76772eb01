using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Features.Sessions.History;

/// <summary>
/// "Lịch sử" of a session: every audited change of the session and of what hangs on it
/// (attendees, report, conclusion, directives, tasks and their reports, files, notices), removed
/// rows included. Read by the provincial side; unit users see the record, not its editing history.
/// </summary>
public sealed class SessionHistory(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user, SecurityAudit audit)
{
    /// <summary>The newest <paramref name="take"/> changes, and whether there are more.</summary>
    public async Task<(IReadOnlyList<HistoryEntry> Entries, bool More)> ListAsync(int sessionId, int take, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.ReadsEverything, $"WorkSession/{sessionId}", "Xem lịch sử thay đổi buổi làm việc", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var keys = await KeysAsync(db, sessionId, ct);

        // One indexed lookup (EntityType, EntityId) per kind of row; a session's history is hundreds
        // of rows at most, so they are merged and cut here rather than in one query of OR-ed lists.
        var entries = new List<AuditEntry>();
        foreach (var (type, ids) in keys.Where(k => k.Ids.Count > 0))
        {
            entries.AddRange(await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == type && ids.Contains(a.EntityId) && a.Action != AuditAction.Refused)
                .OrderByDescending(a => a.AtUtc).Take(take + 1)
                .ToListAsync(ct));
        }

        var newest = entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).ToList();
        return ([.. newest.Take(take).Select(a => new HistoryEntry(a.AtUtc, a.UserName, a.Action, a.EntityType, a.Changes))], newest.Count > take);
    }

    private static async Task<List<(string Type, List<string> Ids)>> KeysAsync(WorkSessionsDbContext db, int sessionId, CancellationToken ct)
    {
        var report = await db.Set<UnitReport>().IgnoreQueryFilters().Where(r => r.WorkSessionId == sessionId).Select(r => r.Id).ToListAsync(ct);
        var conclusion = await db.Set<Conclusion>().IgnoreQueryFilters().Where(c => c.WorkSessionId == sessionId).Select(c => c.Id).ToListAsync(ct);
        var directives = await db.Directives.IgnoreQueryFilters().Where(d => conclusion.Contains(d.ConclusionId)).Select(d => d.Id).ToListAsync(ct);
        var tasks = await db.FollowUpTasks.IgnoreQueryFilters().Where(t => directives.Contains(t.DirectiveId)).Select(t => t.Id).ToListAsync(ct);
        return
        [
            (nameof(WorkSession), [Text(sessionId)]),
            (nameof(Attendance), Texts(await db.Set<Attendance>().IgnoreQueryFilters().Where(a => a.WorkSessionId == sessionId).Select(a => a.Id).ToListAsync(ct))),
            (nameof(UnitReport), Texts(report)),
            (nameof(ReportSection), Texts(await db.Set<ReportSection>().IgnoreQueryFilters().Where(s => report.Contains(s.UnitReportId)).Select(s => s.Id).ToListAsync(ct))),
            (nameof(Indicator), Texts(await db.Set<Indicator>().IgnoreQueryFilters().Where(i => report.Contains(i.UnitReportId)).Select(i => i.Id).ToListAsync(ct))),
            (nameof(Conclusion), Texts(conclusion)),
            (nameof(Directive), Texts(directives)),
            (nameof(FollowUpTask), Texts(tasks)),
            (nameof(ProgressUpdate), Texts(await db.Set<ProgressUpdate>().IgnoreQueryFilters().Where(u => tasks.Contains(u.FollowUpTaskId)).Select(u => u.Id).ToListAsync(ct))),
            (nameof(DeadlineExtension), Texts(await db.Set<DeadlineExtension>().IgnoreQueryFilters().Where(e => tasks.Contains(e.FollowUpTaskId)).Select(e => e.Id).ToListAsync(ct))),
            (nameof(CompletionReview), Texts(await db.Set<CompletionReview>().IgnoreQueryFilters().Where(r => tasks.Contains(r.FollowUpTaskId)).Select(r => r.Id).ToListAsync(ct))),
            (nameof(Attachment), Texts(await db.Attachments.IgnoreQueryFilters().Where(a => a.WorkSessionId == sessionId).Select(a => a.Id).ToListAsync(ct))),
            (nameof(ConclusionNotice), Texts(await db.ConclusionNotices.IgnoreQueryFilters().Where(n => n.WorkSessionId == sessionId).Select(n => n.Id).ToListAsync(ct))),
        ];
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Texts(List<int> ids) => [.. ids.Select(Text)];
}

/// <summary>One audited change: when, who, what kind of row, and its fields' old and new values as the audit stored them.</summary>
public sealed record HistoryEntry(DateTime AtUtc, string UserName, AuditAction Action, string EntityType, string Changes);
