using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>
/// Notices tests run on a portal of their own: issuing locks a session, which the other
/// collections' tests must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NoticeCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "notices";
}

/// <summary>Arranges concluded sessions, drafts and issued notices through the real services.</summary>
internal static class NoticeScenario
{
    /// <summary>A new concluded session like Trực Ninh's (or, for Cổ Lễ, in 2026 after the merger), with two directives.</summary>
    public static async Task<int> ConcludedSessionAsync(PortalFixture portal, string host = "Huyện ủy Trực Ninh")
    {
        await using var db = await portal.DbAsync();
        var unit = await db.Units.SingleAsync(u => u.Name == host);
        var coLe = host.Contains("Cổ Lễ", StringComparison.Ordinal);
        var chair = await db.Officials.Include(o => o.Positions).SingleAsync(o => o.FullName == (coLe ? "Trần Minh Đức" : "Phạm Gia Túc"));
        var day = coLe ? new DateOnly(2026, 9, 15) : new DateOnly(2021, 9, 15);
        var session = new WorkSession($"Buổi làm việc kiểm thử {Guid.NewGuid():N}", day, null, "Trụ sở đơn vị", WorkSessionKind.Working, unit, "Kết quả thực hiện nhiệm vụ chính trị 9 tháng");
        session.AddParticipant(chair, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant($"Ban Thường vụ {host}", "Tập thể Ban Thường vụ", AttendanceSide.HostUnit, AttendanceRole.Reporting);
        var conclusion = session.Conclude("Đồng chí ghi nhận, đánh giá cao kết quả đạt được.");
        conclusion.AddDirective(DirectiveField.Economy, "Đẩy mạnh chuyển đổi cơ cấu kinh tế, nâng cao thu nhập cho người dân.")
            .Assign(unit, [], day.AddMonths(3), "Báo cáo kết quả", ReportingSchedule.Quarterly);
        conclusion.AddDirective(DirectiveField.PartyBuilding, "Tiếp tục tăng cường công tác xây dựng Đảng.")
            .Assign(unit, [], null, "Báo cáo định kỳ", ReportingSchedule.HalfYearly);
        db.WorkSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public static async Task<int> DraftAsync(PortalFixture portal, int sessionId)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var result = await scope.ServiceProvider.GetRequiredService<NoticeDrafts>().CreateDraftAsync(sessionId);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        return result.Value;
    }

    /// <summary>Issues the draft as a leader; returns the number ("3-TB/TU").</summary>
    public static async Task<string> IssueAsync(PortalFixture portal, int noticeId)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
        var result = await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssueAsync(noticeId, await VersionAsync(portal, noticeId));
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        return result.Value!;
    }

    public static async Task<int> VersionAsync(PortalFixture portal, int noticeId)
    {
        await using var db = await portal.DbAsync();
        return await db.ConclusionNotices.Where(n => n.Id == noticeId).Select(n => n.Version).SingleAsync();
    }
}

/// <summary>The four notice services of one scope, as the tests act through them.</summary>
internal sealed class NoticeServices(IServiceProvider services)
{
    private NoticeQueries Queries => services.GetRequiredService<NoticeQueries>();

    private NoticeDrafts Drafts => services.GetRequiredService<NoticeDrafts>();

    public Task<SessionNotices?> ForSessionAsync(int sessionId) => Queries.ForSessionAsync(sessionId);

    public Task<NoticeView?> GetAsync(int id) => Queries.GetAsync(id);

    public Task<NoticeFile?> PdfAsync(int id) => services.GetRequiredService<NoticeFiles>().PdfAsync(id);

    public Task<NoticeFile?> DocxAsync(int id) => services.GetRequiredService<NoticeFiles>().DocxAsync(id);

    public Task<WorkSessions.Web.Shared.Forms.FormResult<int>> CreateDraftAsync(int sessionId) => Drafts.CreateDraftAsync(sessionId);

    public Task<WorkSessions.Web.Shared.Forms.FormResult> SaveDraftAsync(NoticeForm form) => Drafts.SaveDraftAsync(form);

    public Task<WorkSessions.Web.Shared.Forms.FormResult<int>> CreateCorrectionAsync(int issuedId) => Drafts.CreateCorrectionAsync(issuedId);

    public Task<WorkSessions.Web.Shared.Forms.FormResult<string>> IssueAsync(int id, int version) => services.GetRequiredService<NoticeIssuing>().IssueAsync(id, version);
}
