using Microsoft.EntityFrameworkCore;
using WorkSessions.Documents.Layout;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Shared.Forms;
using static WorkSessions.Web.Features.Notices.NoticeContent;
using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// A leader issues the draft: the next number is drawn, the PDF is made and stored, and the notice
/// and the session are frozen, all in one write. A failure leaves nothing behind, and a number drawn
/// in a failed attempt was never given.
/// </summary>
public sealed class NoticeIssuing(Writes writes, TimeProvider clock, ILogger<NoticeIssuing> logger)
{
    /// <summary>Brings back the number the notice was issued with ("12-TB/TU").</summary>
    public async Task<FormResult<string>> IssueAsync(int id, int version, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var issued = await writes.RunAsync(new($"ConclusionNotice/{id}", "Ban hành thông báo kết luận", Issues) { StaleKey = "Notice_Stale" }, w => IssueAsync(w, id, version, ct), ct);
                if (issued.Succeeded)
                {
                    logger.LogInformation("Notice {NoticeId} issued as {Number}", id, issued.Value);
                }

                return issued;
            }
            catch (DbUpdateException e) when (attempt < 3)
            {
                // Two first notices of a period created the counter at once: the loser tries again.
                logger.LogWarning(e, "Issuing notice {NoticeId} collided with another issue; attempt {Attempt} is retried", id, attempt);
            }
        }
    }

    private async Task<string> IssueAsync(Write w, int id, int version, CancellationToken ct)
    {
        var notice = await w.Db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw Write.Fail(string.Empty, "Notice_Gone");
        if (notice.Status != NoticeStatus.Draft)
        {
            throw Write.Fail(string.Empty, "Notice_IssuedAlready", notice.DocumentNumber?.ToString());
        }

        w.ExpectVersion(notice, version);
        var session = (await LoadSessionAsync(w.Db, notice.WorkSessionId, ct))!;
        notice.EnsureSaysWhen(session.Date);

        var today = clock.Today();
        var profile = await ProfileInEffectAsync(w.Db, today, ct);
        var period = profile.Format.NumberingPeriod(today);
        var number = await NoticeNumbering.NextAsync(w.Db, notice.IssuingUnitId, notice.TypeCode, notice.IssuerCode, period, ct);
        var content = NoticeDrafting.AsIssued(NoticeDrafting.Compose(notice, session, today, await CorrectedNumberAsync(w.Db, notice, ct)), number, today);
        byte[] pdf;
        try
        {
            pdf = NoticePdf.Render(new NoticeWording(content, profile.Format));
        }
        catch (FontUnavailableException e)
        {
            logger.LogError(e, "No font to print notice {NoticeId}", id);
            throw Write.Fail(string.Empty, "Notice_NoFont");
        }

        notice.Issue(number, today, period, NoticeDrafting.Serialize(content));
        if (session.Status != WorkSessionStatus.NoticeIssued)
        {
            session.MarkNoticeIssued();
        }

        w.Db.IssuedNoticePdfs.Add(new IssuedNoticePdf(notice.Id, pdf));
        return notice.DocumentNumber!.Value.ToString();
    }
}
