using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Attachments;

/// <summary>
/// The files of a session. Anyone who may see the session may list and download them; office
/// staff add and remove them. A file is accepted by what its bytes are, not by its name.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<WorkSessionsDbContext> factory,
    AttachmentStore store,
    CurrentUser user,
    SecurityAudit audit,
    TimeProvider clock,
    DatabaseFaults faults)
{
    public const string Accepted = AttachmentStore.AcceptedFormats;

    /// <summary>The session's files, and whether this person may add and remove them; null when the session is not theirs to see.</summary>
    public async Task<SessionFiles?> ListAsync(int sessionId, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await SessionQueries.IsVisibleAsync(db, sessionId, access, audit, ct))
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

    public async Task<FormResult> UploadAsync(int sessionId, AttachmentKind kind, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await audit.RequireAsync(user, a => a.RecordsSessions, $"WorkSession/{sessionId}", "Đính kèm tệp", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var status = await db.WorkSessions.Where(s => s.Id == sessionId).Select(s => (WorkSessionStatus?)s.Status).SingleOrDefaultAsync(ct);
        if (status is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy buổi làm việc.");
        }

        if (status == WorkSessionStatus.NoticeIssued)
        {
            return FormResult.Fail(string.Empty, "Thông báo kết luận đã ban hành: buổi làm việc không còn sửa trực tiếp được.");
        }

        if (kind == AttachmentKind.Evidence)
        {
            return FormResult.Fail(nameof(Attachment.Kind), "File minh chứng được gửi cùng báo cáo tiến độ của nhiệm vụ.");
        }

        var check = await store.AcceptAsync(content, ct);
        if (check.Stored is not { } stored)
        {
            return check.Refusal!;
        }

        try
        {
            db.Attachments.Add(new Attachment(sessionId, kind, fileName, check.Format, stored.Length, stored.Sha256, stored.Name, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return FormResult.Ok;
        }
        catch (DomainException e)
        {
            store.Discard(stored.Name);
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (Exception e) when (faults.Refuses(e, "Đính kèm tệp", out var unavailable))
        {
            store.Discard(stored.Name);
            return unavailable;
        }
        catch
        {
            store.Discard(stored.Name);
            throw;
        }
    }

    /// <summary>Removes a file from the session; the row stays, marked deleted, and so do the bytes, for the audit trail.</summary>
    public async Task<FormResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, a => a.RecordsSessions, $"Attachment/{id}", "Xóa tệp đính kèm", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        // A unit's evidence belongs to its report, which is on record: it is not the session's to remove.
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == id && a.ProgressUpdateId == null, ct);
        if (attachment is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy tệp đính kèm.");
        }

        if (await db.WorkSessions.AnyAsync(s => s.Id == attachment.WorkSessionId && s.Status == WorkSessionStatus.NoticeIssued, ct))
        {
            return FormResult.Fail(string.Empty, "Thông báo kết luận đã ban hành: buổi làm việc không còn sửa trực tiếp được.");
        }

        db.Attachments.Remove(attachment); // the save turns this into a soft delete
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (faults.Refuses(e, "Xóa tệp đính kèm", out var unavailable))
        {
            return unavailable;
        }

        return FormResult.Ok;
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
            return await SessionQueries.IsVisibleAsync(db, attachment.WorkSessionId, access, audit, ct);
        }

        var taskId = await db.Set<ProgressUpdate>().Where(u => u.Id == updateId).Select(u => u.FollowUpTaskId).SingleAsync(ct);
        return await TaskQueries.IsVisibleAsync(db, taskId, access, audit, ct);
    }
}

public sealed record SessionFiles(IReadOnlyList<AttachmentView> Files, bool CanEdit);

public sealed record AttachmentView(int Id, string FileName, AttachmentKind Kind, FileFormat Format, long Length, DateTime UploadedAtUtc);

public sealed record AttachmentFile(Stream Content, string FileName, FileFormat Format);
