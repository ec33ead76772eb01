using Microsoft.EntityFrameworkCore;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Shared.Forms;
using static WorkSessions.Web.Features.Notices.NoticeContent;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// Office staff prepare the notice: a draft drawn from what the session recorded, edited as a form,
/// and, once a notice is issued, a correction that starts from the text it was issued with.
/// </summary>
public sealed class NoticeDrafts(Writes writes)
{
    /// <summary>Starts the notice of a concluded session; brings back the new draft's id.</summary>
    public Task<FormResult<int>> CreateDraftAsync(int sessionId, CancellationToken ct = default) =>
        writes.RunAsync(Request($"WorkSession/{sessionId}", "Lập dự thảo thông báo kết luận"), async w =>
        {
            if (await w.Db.ConclusionNotices.AnyAsync(n => n.WorkSessionId == sessionId, ct))
            {
                throw Write.Fail(string.Empty, "Notice_SessionHasOne");
            }

            var session = await LoadSessionAsync(w.Db, sessionId, ct) ?? throw Write.Fail(string.Empty, "Session_Gone");

            // Drafting names the provincial committee above the host unit: every unit is loaded so that
            // the chain of parents resolves (a few dozen rows, and only here).
            await w.Db.Units.IgnoreQueryFilters().LoadAsync(ct);
            var committee = NoticeDrafting.CommitteeOf(session.HostUnit) ?? throw Write.Fail(string.Empty, "Notice_NoCommittee", session.HostUnit.Name);
            var notice = NoticeDrafting.Draft(session, committee);
            w.Db.ConclusionNotices.Add(notice);
            await w.Db.SaveChangesAsync(ct); // the id is the answer
            return notice.Id;
        }, ct);

    /// <summary>Saves the draft's text; on success the form carries the draft's new version.</summary>
    public Task<FormResult> SaveDraftAsync(NoticeForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        return writes.RunAsync(Request($"ConclusionNotice/{form.Id}", "Sửa dự thảo thông báo"), async w =>
        {
            var notice = await w.Db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == form.Id, ct) ?? throw Write.Fail(string.Empty, "Notice_Gone");
            w.ExpectVersion(notice, form.Version);
            form.ApplyTo(notice);
            await w.Db.SaveChangesAsync(ct);
            form.Version = notice.Version;
        }, ct);
    }

    /// <summary>Starts the correction of an issued notice, from the text it was issued with; brings back its id.</summary>
    public Task<FormResult<int>> CreateCorrectionAsync(int issuedId, CancellationToken ct = default) =>
        writes.RunAsync(Request($"ConclusionNotice/{issuedId}", "Lập thông báo đính chính"), async w =>
        {
            var issued = await w.Db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == issuedId, ct);
            if (issued?.IssuedContent is not { } printed)
            {
                throw Write.Fail(string.Empty, "Notice_OnlyIssuedCorrected");
            }

            if (await w.Db.ConclusionNotices.AnyAsync(n => n.CorrectsNoticeId == issuedId, ct))
            {
                throw Write.Fail(string.Empty, "Notice_CorrectedAlready");
            }

            var content = NoticeDrafting.Deserialize(printed);
            var correction = new ConclusionNotice(issued.WorkSessionId, issued.Place, issued.Subject, issued.Authority, issued.SigningBody, issued.SignerPosition, issued.SignerName, issued.Recipients);
            correction.SetIssuer(issued.IssuingBody, issued.ParentBody, issued.IssuingUnitId);
            correction.EditText(string.Join('\n', content.Opening), string.Join('\n', content.Summary), string.Join('\n', content.Assessment), content.Closing);
            correction.MarkAsCorrectionOf(issued);
            w.Db.ConclusionNotices.Add(correction);
            await w.Db.SaveChangesAsync(ct);
            return correction.Id;
        }, ct);

    private static WriteRequest Request(string subject, string action) => new(subject, action, Prepares) { StaleKey = "Notice_Stale" };
}
