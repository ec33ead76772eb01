using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Features.Notices;

/// <summary>What the notice services share: who prepares and issues, what a notice prints, with which profile, under which file name.</summary>
internal static class NoticeContent
{
    /// <summary>Used when every recorded profile starts after the day asked about.</summary>
    private static readonly NoticeFormatProfile FallbackProfile = NoticeFormatProfile.Default2018();

    public static bool Prepares(UserAccess access) => access.Roles.Contains(PortalRoles.OfficeStaff);

    public static bool Issues(UserAccess access) => access.Roles.Contains(PortalRoles.Leadership);

    /// <summary>
    /// What the notice prints, set with the profile in effect on its day (the day of issue, or today
    /// for a draft). An issued notice prints its stored content, so the session is not loaded for it.
    /// </summary>
    public static async Task<(NoticeFormatProfile Profile, NoticeWording Wording)> PrintedAsync(WorkSessionsDbContext db, ConclusionNotice notice, DateOnly today, CancellationToken ct)
    {
        var profile = await ProfileInEffectAsync(db, notice.IssuedOn ?? today, ct);
        var content = notice.IssuedContent is { } issued
            ? NoticeDrafting.Deserialize(issued)
            : NoticeDrafting.Compose(notice, (await LoadSessionAsync(db, notice.WorkSessionId, ct))!, today, await CorrectedNumberAsync(db, notice, ct));
        return (profile, new NoticeWording(content, profile.Format));
    }

    public static async Task<string?> CorrectedNumberAsync(WorkSessionsDbContext db, ConclusionNotice notice, CancellationToken ct) =>
        notice.CorrectsNoticeId is { } corrected ? (await NumbersAsync(db, [corrected], ct)).GetValueOrDefault(corrected) : null;

    /// <summary>The printed numbers ("12-TB/TU") of the notices with these ids, for those that have one.</summary>
    public static async Task<Dictionary<int, string>> NumbersAsync(WorkSessionsDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        List<int> wanted = [.. ids.OfType<int>().Distinct()];
        if (wanted.Count == 0)
        {
            return [];
        }

        var notices = await db.ConclusionNotices.AsNoTracking().Where(n => wanted.Contains(n.Id) && n.Number != null).ToListAsync(ct);
        return notices.ToDictionary(n => n.Id, n => n.DocumentNumber!.Value.ToString());
    }

    /// <summary>The session with everything the notice prints, tracked (issuing changes its status).</summary>
    public static Task<WorkSession?> LoadSessionAsync(WorkSessionsDbContext db, int sessionId, CancellationToken ct) =>
        db.WorkSessions.AsSplitQuery()
            .Include(s => s.HostUnit)
            .Include(s => s.Attendances)
            .Include(s => s.Report!).ThenInclude(r => r.Sections)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.LeadUnit)
            .Include(s => s.Conclusion!).ThenInclude(c => c.Directives).ThenInclude(d => d.Tasks).ThenInclude(t => t.CoordinatingUnits).ThenInclude(c => c.Unit)
            .SingleOrDefaultAsync(s => s.Id == sessionId, ct);

    public static async Task<NoticeFormatProfile> ProfileInEffectAsync(WorkSessionsDbContext db, DateOnly day, CancellationToken ct) =>
        NoticeFormatProfile.InEffectOn(await db.NoticeFormatProfiles.AsNoTracking().ToListAsync(ct), day) ?? FallbackProfile;

    public static string FileName(ConclusionNotice notice, string extension) =>
        notice.DocumentNumber is { } number
            ? $"Thong-bao-{number.Number}-{number.TypeCode}-{number.IssuerCode}-{notice.IssuedOn:yyyy-MM-dd}.{extension}"
            : $"Du-thao-thong-bao-{notice.Id}.{extension}";
}
