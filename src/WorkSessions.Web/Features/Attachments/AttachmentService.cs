using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Shared.Files;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Features.Attachments;

/// <summary>
/// The files of a session. Anyone who may see the session may list and download them; office
/// staff add and remove them. A file is accepted by what its bytes are, not by its name.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<WorkSessionsDbContext> factory,
    AttachmentStore store,
    CurrentUser user,
    Visibility visibility,
    TimeProvider clock,
    Writes writes)
{
    public const string Accepted = AttachmentStore.AcceptedFormats;

    /// <summary>The session's files, and whether this person may add and remove them; null when the session is not theirs to see.</summary>
    public async Task<SessionFiles?> ListAsync(int sessionId, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await visibility.SeesSessionAsync(access, sessionId, ct))
        {
            return null;
        }

        var files = await db.Attachments.AsNoTracking()
            .Where(a => a.WorkSessionId == sessionId && a.ProgressUpdateId == null)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.Kind, a.Format, a.Length, a.UploadedAtUtc))
            .ToListAsync(ct);
        var locked = await db.WorkSessions.AnyAsync(s => s.Id == sessionId && s.Status == WorkSessionStatus.NoticeIssued, ct);
        return new SessionFiles(files, access.RecordsSessions && !locked);
    }

    public Task<FormResult> UploadAsync(int sessionId, AttachmentKind kind, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var request = new WriteRequest($"WorkSession/{sessionId}", "Đính kèm tệp", a => a.RecordsSessions) { Files = [new IncomingFile(fileName, content)] };
        return writes.RunAsync(request, async w =>
        {
            await RequireOpenSessionAsync(w.Db, sessionId, ct);
            if (kind == AttachmentKind.Evidence)
            {
                throw Write.Fail(nameof(Attachment.Kind), "Attachment_EvidenceGoesWithReport");
            }

            var file = w.Files[0];
            w.Db.Attachments.Add(new Attachment(sessionId, kind, fileName, file.Format, file.Stored.Length, file.Stored.Sha256, file.Stored.Name, clock.GetUtcNow().UtcDateTime));
        }, ct);
    }

    /// <summary>Removes a file from the session; the row stays, marked deleted, and so do the bytes, for the audit trail.</summary>
    public Task<FormResult> DeleteAsync(int id, CancellationToken ct = default) =>
        writes.RunAsync(new($"Attachment/{id}", "Xóa tệp đính kèm", a => a.RecordsSessions), async w =>
        {
            // A unit's evidence belongs to its report, which is on record: it is not the session's to remove.
            var attachment = await w.Db.Attachments.SingleOrDefaultAsync(a => a.Id == id && a.ProgressUpdateId == null, ct)
                ?? throw Write.Fail(string.Empty, "Attachment_NotFound");
            await RequireOpenSessionAsync(w.Db, attachment.WorkSessionId, ct);
            w.Db.Attachments.Remove(attachment); // the save turns this into a soft delete
        }, ct);

    /// <summary>A session whose notice is issued is frozen: its files go with the notice as it was issued.</summary>
    private static async Task RequireOpenSessionAsync(WorkSessionsDbContext db, int sessionId, CancellationToken ct)
    {
        var status = await db.WorkSessions.Where(s => s.Id == sessionId).Select(s => (WorkSessionStatus?)s.Status).SingleOrDefaultAsync(ct);
        if (status is null)
        {
            throw Write.Fail(string.Empty, "Session_Gone");
        }

        if (status == WorkSessionStatus.NoticeIssued)
        {
            throw Write.Fail(string.Empty, "Session_Locked");
        }
    }

    /// <summary>The file for a download, or null when it does not exist or the user may not see its session.</summary>
    public async Task<AttachmentFile?> OpenAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        if (!access.IsAuthenticated)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null || !await IsVisibleAsync(db, attachment, access, ct))
        {
            return null;
        }

        // Rows kept before names followed their content get the content's extension here, the same rule.
        return new AttachmentFile(store.Open(attachment.StoredName), attachment.Format.NameFor(attachment.FileName), attachment.Format);
    }

    /// <summary>A session's file goes with the session; a unit's evidence goes with its task, so another unit of the same session does not read it.</summary>
    private async Task<bool> IsVisibleAsync(WorkSessionsDbContext db, Attachment attachment, UserAccess access, CancellationToken ct)
    {
        if (attachment.ProgressUpdateId is not { } updateId)
        {
            return await visibility.SeesSessionAsync(access, attachment.WorkSessionId, ct);
        }

        var taskId = await db.Set<ProgressUpdate>().Where(u => u.Id == updateId).Select(u => u.FollowUpTaskId).SingleAsync(ct);
        return await visibility.SeesTaskAsync(access, taskId, ct);
    }
}

public sealed record SessionFiles(IReadOnlyList<AttachmentView> Files, bool CanEdit);

public sealed record AttachmentView(int Id, string FileName, AttachmentKind Kind, FileFormat Format, long Length, DateTime UploadedAtUtc);

public sealed record AttachmentFile(Stream Content, string FileName, FileFormat Format);
