using Microsoft.EntityFrameworkCore;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Officials;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>
/// A notice drafted today for a session of 2021 would be issued by Tỉnh ủy Nam Định, which ended on
/// 30/6/2025, and signed by a secretary no longer in office: the draft says so, with the successor.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class NoticeWarningTests(PortalFixture portal)
{
    [Fact]
    public async Task A_draft_of_an_old_session_names_the_ended_issuer_its_successor_and_the_signer_who_left()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));

        var warnings = await WarningsAsync(notice);

        warnings.ShouldBe(
        [
            "Tỉnh ủy Nam Định đã kết thúc hoạt động ngày 30/6/2025, hợp nhất vào Tỉnh ủy Ninh Bình. Thông báo ban hành hôm nay vẫn mang tên và số của Tỉnh ủy Nam Định: hãy xem lại cơ quan ban hành trước khi ban hành (cơ quan tiếp nhận: Tỉnh ủy Ninh Bình).",
            "Đồng chí Phạm Gia Túc giữ chức vụ Bí thư Tỉnh ủy đến hết ngày 30/6/2025; danh sách cán bộ chưa có người giữ chức vụ này hôm nay. Hãy xem lại người ký trước khi ban hành.",
        ]);
    }

    [Fact]
    public async Task The_person_holding_the_position_today_in_the_successor_committee_is_proposed()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        await using (var db = await portal.DbAsync())
        {
            var ninhBinh = await db.Units.SingleAsync(u => u.Name == "Tỉnh ủy Ninh Bình");
            var secretary = new Official($"Đỗ Văn Kế {Guid.NewGuid():N}"[..20]);
            secretary.AddPosition("Bí thư Tỉnh ủy", ninhBinh, new DateOnly(2025, 7, 1));
            db.Officials.Add(secretary);
            await db.SaveChangesAsync();
        }

        var warnings = await WarningsAsync(notice);

        warnings.Count.ShouldBe(2);
        warnings[1].ShouldStartWith("Đồng chí Phạm Gia Túc giữ chức vụ Bí thư Tỉnh ủy đến hết ngày 30/6/2025. Người giữ chức vụ này hôm nay: đồng chí Đỗ Văn Kế");
    }

    [Fact]
    public async Task A_draft_whose_issuer_and_signer_are_in_office_today_has_no_warning()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal, "Đảng ủy xã Cổ Lễ"));

        (await WarningsAsync(notice)).ShouldBeEmpty();
    }

    private async Task<List<string>> WarningsAsync(int notice)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var view = await new NoticeServices(scope.ServiceProvider).GetAsync(notice);
        return [.. view!.Warnings.Select(w => new WorkSessions.Web.Shared.Forms.FormResult([w]).Said()[string.Empty])];
    }
}
