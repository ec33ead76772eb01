using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Shared.Access;
using static WorkSessions.Web.Features.Notices.NoticeContent;
using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// The notices of a session and one notice as its page shows it. Office staff and leaders see
/// drafts; a unit user sees only the issued notices of sessions that concern their unit, and
/// another unit's notice is "not found" (<see cref="Visibility"/>).
/// </summary>
public sealed class NoticeQueries(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user, Visibility visibility)
{
    public async Task<SessionNotices?> ForSessionAsync(int sessionId, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await Visibility.Sessions(db, access).AnyAsync(s => s.Id == sessionId, ct))
        {
            return null;
        }

        var notices = await Visibility.Notices(db, access)
            .Where(n => n.WorkSessionId == sessionId)
            .OrderBy(n => n.Id)
            .ToListAsync(ct);
        var numbers = await NumbersAsync(db, notices.Select(n => n.CorrectsNoticeId), ct);
        var hasConclusion = await db.WorkSessions.AnyAsync(s => s.Id == sessionId && s.Conclusion != null, ct);
        // A session has one notice; later changes go through a correction of it.
        var canDraft = Prepares(access) && hasConclusion && notices.Count == 0;
        return new SessionNotices(
            [.. notices.Select(n => new NoticeListItem(n.Id, n.Status, n.DocumentNumber?.ToString(), n.IssuedOn, n.CorrectsNoticeId is { } c ? numbers.GetValueOrDefault(c) : null))],
            canDraft);
    }

    public async Task<NoticeView?> GetAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        if (!await visibility.SeesNoticeAsync(access, id, ct))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await db.ConclusionNotices.AsNoTracking().SingleAsync(n => n.Id == id, ct);
        var (profile, wording) = await PrintedAsync(db, notice, clock.Today(), ct);
        var sessionTitle = await db.WorkSessions.Where(s => s.Id == notice.WorkSessionId).Select(s => s.Title).SingleAsync(ct);
        var draft = notice.Status == NoticeStatus.Draft;
        return new NoticeView(
            notice.Id,
            notice.WorkSessionId,
            sessionTitle,
            notice.Status,
            notice.DocumentNumber?.ToString(),
            notice.IssuedOn,
            NoticeHtml.Render(wording),
            profile.Name,
            draft ? NoticeForm.From(notice) : null,
            draft && Prepares(access),
            draft && Issues(access),
            !draft && Prepares(access) && !await db.ConclusionNotices.AnyAsync(n => n.CorrectsNoticeId == notice.Id, ct))
        {
            Warnings = draft && (Prepares(access) || Issues(access)) ? await NoticeWarnings.ForDraftAsync(db, notice, clock.Today(), ct) : [],
        };
    }
}
