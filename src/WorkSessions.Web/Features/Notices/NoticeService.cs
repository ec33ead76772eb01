using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Documents.Layout;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Access;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// The conclusion notice from draft to issued, and its files. Who may do what is checked here:
/// office staff prepare and correct, leaders issue, provincial readers see drafts, a unit user sees
/// only the issued notices of sessions that concern their unit (another unit's id is "not found").
/// </summary>
public sealed class NoticeService(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, CurrentUser user, SecurityAudit audit, DatabaseFaults faults, ILogger<NoticeService> logger)
{
    /// <summary>Used when every recorded profile starts after the day asked about.</summary>
    private static readonly NoticeFormatProfile FallbackProfile = NoticeFormatProfile.Default2018();

    public async Task<SessionNotices?> ForSessionAsync(int sessionId, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await MaySeeSessionAsync(db, access, sessionId, ct))
        {
            return null;
        }

        var notices = await VisibleNotices(db, access)
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
        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await FindVisibleAsync(db, access, id, ct);
        if (notice is null)
        {
            return null;
        }

        var (profile, wording) = await PrintedAsync(db, notice, ct);
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
            !draft && Prepares(access) && !await db.ConclusionNotices.AnyAsync(n => n.CorrectsNoticeId == notice.Id, ct));
    }

    /// <summary>Office staff start the notice of a concluded session; the text is drafted from what was recorded.</summary>
    public async Task<FormResult> CreateDraftAsync(int sessionId, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, Prepares, $"WorkSession/{sessionId}", "Lập dự thảo thông báo kết luận", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ConclusionNotices.AnyAsync(n => n.WorkSessionId == sessionId, ct))
        {
            return FormResult.Fail(string.Empty, "Buổi làm việc đã có thông báo kết luận; hãy mở thông báo đó (hoặc lập thông báo đính chính).");
        }

        var session = await LoadSessionAsync(db, sessionId, ct);
        if (session is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy buổi làm việc.");
        }

        // Drafting names the provincial committee above the host unit: every unit is loaded so that
        // the chain of parents resolves (a few dozen rows, and only here).
        await db.Units.IgnoreQueryFilters().LoadAsync(ct);

        var committee = NoticeDrafting.CommitteeOf(session.HostUnit);
        if (committee is null)
        {
            return FormResult.Fail(string.Empty, $"Không xác định được Tỉnh ủy của {session.HostUnit.Name}: hãy khai báo đơn vị cấp trên của đơn vị này.");
        }

        try
        {
            var notice = NoticeDrafting.Draft(session, committee);
            db.ConclusionNotices.Add(notice);
            await db.SaveChangesAsync(ct);
            return FormResult.Ok with { Message = notice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        catch (DomainException e)
        {
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (Exception e) when (faults.Refuses(e, "Lập dự thảo thông báo", out var unavailable))
        {
            return unavailable;
        }
    }

    public async Task<FormResult> SaveDraftAsync(NoticeForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await audit.RequireAsync(user, Prepares, $"ConclusionNotice/{form.Id}", "Sửa dự thảo thông báo", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == form.Id, ct);
        if (notice is null)
        {
            return FormResult.Fail(string.Empty, "Không tìm thấy thông báo.");
        }

        db.Entry(notice).Property(n => n.Version).OriginalValue = form.Version;
        try
        {
            form.ApplyTo(notice);
            await db.SaveChangesAsync(ct);
            form.Version = notice.Version;
            return FormResult.Ok;
        }
        catch (DomainException e)
        {
            return FormResult.Fail(e.Field ?? string.Empty, e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormResult.Fail(string.Empty, StaleMessage);
        }
        catch (Exception e) when (faults.Refuses(e, "Sửa dự thảo thông báo", out var unavailable))
        {
            return unavailable;
        }
    }

    /// <summary>
    /// A leader issues the draft: the next number is drawn, the PDF is made and stored, and the notice
    /// and the session are frozen, all in one transaction. A failure leaves nothing behind, and a
    /// number drawn in a failed attempt was never given.
    /// </summary>
    public async Task<FormResult> IssueAsync(int id, int version, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, Issues, $"ConclusionNotice/{id}", "Ban hành thông báo kết luận", ct);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryIssueAsync(id, version, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return FormResult.Fail(string.Empty, StaleMessage);
            }
            catch (Exception e) when (faults.Refuses(e, "Ban hành thông báo", out var unavailable))
            {
                // Before the retry below: a locked database is not a collision, and waiting again would not help.
                return unavailable;
            }
            catch (DbUpdateException e) when (attempt < 3)
            {
                // Two first notices of a period created the counter at once: the loser tries again.
                logger.LogWarning(e, "Issuing notice {NoticeId} collided with another issue; attempt {Attempt} is retried", id, attempt);
            }
        }
    }

    public async Task<FormResult> CreateCorrectionAsync(int issuedId, CancellationToken ct = default)
    {
        await audit.RequireAsync(user, Prepares, $"ConclusionNotice/{issuedId}", "Lập thông báo đính chính", ct);

        await using var db = await factory.CreateDbContextAsync(ct);
        var issued = await db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == issuedId, ct);
        if (issued?.IssuedContent is not { } printed)
        {
            return FormResult.Fail(string.Empty, "Chỉ đính chính được thông báo đã ban hành.");
        }

        if (await db.ConclusionNotices.AnyAsync(n => n.CorrectsNoticeId == issuedId, ct))
        {
            return FormResult.Fail(string.Empty, "Thông báo này đã có thông báo đính chính.");
        }

        var content = NoticeDrafting.Deserialize(printed);
        var correction = new ConclusionNotice(issued.WorkSessionId, issued.Place, issued.Subject, issued.Authority, issued.SigningBody, issued.SignerPosition, issued.SignerName, issued.Recipients);
        correction.SetIssuer(issued.IssuingBody, issued.ParentBody);
        correction.EditText(string.Join('\n', content.Opening), string.Join('\n', content.Summary), string.Join('\n', content.Assessment), content.Closing);
        correction.MarkAsCorrectionOf(issued);
        db.ConclusionNotices.Add(correction);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (faults.Refuses(e, "Lập thông báo đính chính", out var unavailable))
        {
            return unavailable;
        }

        return FormResult.Ok with { Message = correction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>The PDF: as stored for an issued notice, freshly made (marked DỰ THẢO) for a draft.</summary>
    public async Task<NoticeFile?> PdfAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await FindVisibleAsync(db, access, id, ct);
        if (notice is null)
        {
            return null;
        }

        if (notice.Status == NoticeStatus.Issued)
        {
            var stored = await db.IssuedNoticePdfs.Where(p => p.ConclusionNoticeId == id).Select(p => p.Content).SingleAsync(ct);
            return new NoticeFile(stored, "application/pdf", FileName(notice, "pdf"));
        }

        var (_, wording) = await PrintedAsync(db, notice, ct);
        return new NoticeFile(NoticePdf.Render(wording), "application/pdf", FileName(notice, "pdf"));
    }

    /// <summary>The Word copy, drawn from the same content as the PDF (for an issued notice, the content it was issued with).</summary>
    public async Task<NoticeFile?> DocxAsync(int id, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var notice = await FindVisibleAsync(db, access, id, ct);
        if (notice is null)
        {
            return null;
        }

        var (_, wording) = await PrintedAsync(db, notice, ct);
        return new NoticeFile(NoticeDocx.Render(wording), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName(notice, "docx"));
    }

    private const string StaleMessage = "Thông báo vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới rồi làm lại thao tác của mình.";

    private async Task<FormResult> TryIssueAsync(int id, int version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var notice = await db.ConclusionNotices.SingleOrDefaultAsync(n => n.Id == id, token);
            if (notice is null)
            {
                return FormResult.Fail(string.Empty, "Không tìm thấy thông báo.");
            }

            if (notice.Status != NoticeStatus.Draft)
            {
                return FormResult.Fail(string.Empty, $"Thông báo đã được ban hành (số {notice.DocumentNumber}).");
            }

            db.Entry(notice).Property(n => n.Version).OriginalValue = version;
            var session = (await LoadSessionAsync(db, notice.WorkSessionId, token))!;
            try
            {
                notice.EnsureSaysWhen(session.Date);
            }
            catch (DomainException e)
            {
                return FormResult.Fail(e.Field ?? string.Empty, e.Message);
            }

            var today = clock.Today();
            var profile = await ProfileInEffectAsync(db, today, token);
            var period = profile.Format.NumberingPeriod(today);
            var number = await NoticeNumbering.NextAsync(db, notice.TypeCode, notice.IssuerCode, period, token);
            var content = NoticeDrafting.AsIssued(
                NoticeDrafting.Compose(notice, session, today, await CorrectedNumberAsync(db, notice, token)), number, today);
            byte[] pdf;
            try
            {
                pdf = NoticePdf.Render(new NoticeWording(content, profile.Format));
            }
            catch (FontUnavailableException e)
            {
                logger.LogError(e, "No font to print notice {NoticeId}", id);
                return FormResult.Fail(string.Empty, e.Message);
            }

            try
            {
                notice.Issue(number, today, period, NoticeDrafting.Serialize(content));
                if (session.Status != WorkSessionStatus.NoticeIssued)
                {
                    session.MarkNoticeIssued();
                }
            }
            catch (DomainException e)
            {
                return FormResult.Fail(e.Field ?? string.Empty, e.Message);
            }

            db.IssuedNoticePdfs.Add(new IssuedNoticePdf(notice.Id, pdf));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            logger.LogInformation("Notice {NoticeId} issued as {Number}", id, notice.DocumentNumber);
            return FormResult.Ok with { Message = notice.DocumentNumber?.ToString() };
        }, ct);
    }

    /// <summary>
    /// What the notice prints, set with the profile in effect on its day (the day of issue, or today
    /// for a draft). An issued notice prints its stored content, so the session is not loaded for it.
    /// </summary>
    private async Task<(NoticeFormatProfile Profile, NoticeWording Wording)> PrintedAsync(WorkSessionsDbContext db, ConclusionNotice notice, CancellationToken ct)
    {
        var profile = await ProfileInEffectAsync(db, notice.IssuedOn ?? clock.Today(), ct);
        var content = notice.IssuedContent is { } issued
            ? NoticeDrafting.Deserialize(issued)
            : NoticeDrafting.Compose(notice, (await LoadSessionAsync(db, notice.WorkSessionId, ct))!, clock.Today(), await CorrectedNumberAsync(db, notice, ct));
        return (profile, new NoticeWording(content, profile.Format));
    }

    private static async Task<string?> CorrectedNumberAsync(WorkSessionsDbContext db, ConclusionNotice notice, CancellationToken ct) =>
        notice.CorrectsNoticeId is { } corrected ? (await NumbersAsync(db, [corrected], ct)).GetValueOrDefault(corrected) : null;

    private static async Task<Dictionary<int, string>> NumbersAsync(WorkSessionsDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        List<int> wanted = [.. ids.OfType<int>().Distinct()];
        if (wanted.Count == 0)
        {
            return [];
        }

        var notices = await db.ConclusionNotices.AsNoTracking().Where(n => wanted.Contains(n.Id) && n.Number != null).ToListAsync(ct);
        return notices.ToDictionary(n => n.Id, n => n.DocumentNumber!.Value.ToString());
    }

    /// <summary>Drafts are internal to the provincial office; a unit sees a notice once it is issued.</summary>
    private static IQueryable<ConclusionNotice> VisibleNotices(WorkSessionsDbContext db, UserAccess access) =>
        access.UnitFilter() is null ? db.ConclusionNotices : db.ConclusionNotices.Where(n => n.Status == NoticeStatus.Issued);

    private async Task<ConclusionNotice?> FindVisibleAsync(WorkSessionsDbContext db, UserAccess access, int id, CancellationToken ct)
    {
        var notice = await VisibleNotices(db, access).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null || !await MaySeeSessionAsync(db, access, notice.WorkSessionId, ct))
        {
            if (access.UnitFilter() is not null && await db.ConclusionNotices.AnyAsync(n => n.Id == id, ct))
            {
                // Answered as "not found", like other units' sessions, but recorded.
                _ = await audit.RefuseAsync(access, $"ConclusionNotice/{id}", "Xem thông báo kết luận không thuộc đơn vị", ct);
            }

            return null;
        }

        return notice;
    }

    private static async Task<bool> MaySeeSessionAsync(WorkSessionsDbContext db, UserAccess access, int sessionId, CancellationToken ct) =>
        access.UnitFilter() is not { } unit
        || await db.WorkSessions.Where(s => s.Id == sessionId).Where(SessionQueries.ConcernsUnit(unit)).AnyAsync(ct);

    /// <summary>The session with everything the notice prints, tracked (issuing changes its status).</summary>
    private static Task<WorkSession?> LoadSessionAsync(WorkSessionsDbContext db, int sessionId, CancellationToken ct) =>
        db.WorkSessions.AsSplitQuery()
            .Include(s => s.HostUnit)
            .Include(s => s.Attendances)
            .Include(s => s.Report!).ThenInclude(r => r.Sections)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.LeadUnit)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            .SingleOrDefaultAsync(s => s.Id == sessionId, ct);

    private static async Task<NoticeFormatProfile> ProfileInEffectAsync(WorkSessionsDbContext db, DateOnly day, CancellationToken ct) =>
        NoticeFormatProfile.InEffectOn(await db.NoticeFormatProfiles.AsNoTracking().ToListAsync(ct), day) ?? FallbackProfile;

    private static string FileName(ConclusionNotice notice, string extension) =>
        notice.DocumentNumber is { } number
            ? $"Thong-bao-{number.Number}-{number.TypeCode}-{number.IssuerCode}-{notice.IssuedOn:yyyy-MM-dd}.{extension}"
            : $"Du-thao-thong-bao-{notice.Id}.{extension}";

    private static bool Prepares(UserAccess access) => access.Roles.Contains(PortalRoles.OfficeStaff);

    private static bool Issues(UserAccess access) => access.Roles.Contains(PortalRoles.Leadership);
}
