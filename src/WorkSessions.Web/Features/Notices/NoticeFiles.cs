using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Shared.Access;
using static WorkSessions.Web.Features.Notices.NoticeContent;
using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Features.Notices;

/// <summary>The notice as files: the PDF and the Word copy, for whoever may see the notice (<see cref="Visibility"/>).</summary>
public sealed class NoticeFiles(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user, Visibility visibility)
{
    /// <summary>The PDF: as stored for an issued notice, freshly made (marked DỰ THẢO) for a draft.</summary>
    public async Task<NoticeFile?> PdfAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await FindAsync(db, id, ct) is not { } notice)
        {
            return null;
        }

        if (notice.Status == NoticeStatus.Issued)
        {
            var stored = await db.IssuedNoticePdfs.Where(p => p.ConclusionNoticeId == id).Select(p => p.Content).SingleAsync(ct);
            return new NoticeFile(stored, "application/pdf", FileName(notice, "pdf"));
        }

        var (_, wording) = await PrintedAsync(db, notice, clock.Today(), ct);
        return new NoticeFile(NoticePdf.Render(wording), "application/pdf", FileName(notice, "pdf"));
    }

    /// <summary>The Word copy, drawn from the same content as the PDF (for an issued notice, the content it was issued with).</summary>
    public async Task<NoticeFile?> DocxAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await FindAsync(db, id, ct) is not { } notice)
        {
            return null;
        }

        var (_, wording) = await PrintedAsync(db, notice, clock.Today(), ct);
        return new NoticeFile(NoticeDocx.Render(wording), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(notice, "docx"));
    }

    private async Task<ConclusionNotice?> FindAsync(WorkSessionsDbContext db, int id, CancellationToken ct) =>
        await visibility.SeesNoticeAsync(await user.GetAccessAsync(), id, ct)
            ? await db.ConclusionNotices.AsNoTracking().SingleAsync(n => n.Id == id, ct)
            : null;
}
