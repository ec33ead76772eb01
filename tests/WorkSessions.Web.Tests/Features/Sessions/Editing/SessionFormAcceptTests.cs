using WorkSessions.Documents.Reading;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>
/// What reaches the form from a proposal read out of a pasted text: only what the user ticked, in
/// the text's order, after what was typed already; nothing typed is replaced but the empty assessment.
/// No browser: the editor's panel only calls this.
/// </summary>
public sealed class SessionFormAcceptTests
{
    private static readonly DraftProposal Proposal = new(
        [
            new("Phạm Gia Túc", "Bí thư Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair, OfficialId: 7, RegisterTitle: "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy"),
            new("Trần Lê Đoài", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Attending),
            new("Ban Thường vụ Huyện ủy", string.Empty, AttendanceSide.HostUnit, AttendanceRole.Reporting),
        ],
        "Đồng chí ghi nhận, biểu dương những kết quả huyện đạt được.",
        [
            new("Tiếp tục tăng cường công tác xây dựng Đảng.", DirectiveField.PartyBuilding),
            new("Đẩy mạnh chuyển đổi số trong cải cách hành chính.", DirectiveField.Administration),
            new("Chăm lo đời sống người có công.", DirectiveField.CultureAndSociety),
        ]);

    [Fact]
    public void Only_the_ticked_items_are_added_after_what_was_typed_each_directive_with_a_task_for_the_host()
    {
        var form = new SessionForm
        {
            HostUnitId = 12,
            HostUnitName = "Huyện ủy Trực Ninh",
            Attendees = [new AttendeeForm { FullName = "Đoàn Văn Hùng", Side = AttendanceSide.HostUnit, Role = AttendanceRole.Reporting }],
        };

        var added = form.Accept(Proposal, [true, false, true], assessment: true, [true, false, true], "Báo cáo kết quả thực hiện");

        added.ShouldBe(5);
        form.Attendees.Select(a => (a.FullName, a.Title, a.Role, a.OfficialId)).ShouldBe(
        [
            ("Đoàn Văn Hùng", string.Empty, AttendanceRole.Reporting, null),
            ("Phạm Gia Túc", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy", AttendanceRole.Chair, 7),
            ("Ban Thường vụ Huyện ủy", string.Empty, AttendanceRole.Reporting, null),
        ]);
        form.HasConclusion.ShouldBeTrue();
        form.Assessment.ShouldBe("Đồng chí ghi nhận, biểu dương những kết quả huyện đạt được.");
        form.Directives.Select(d => d.Text).ShouldBe(["Tiếp tục tăng cường công tác xây dựng Đảng.", "Chăm lo đời sống người có công."]);
        form.Directives.Select(d => d.Field).ShouldBe([DirectiveField.PartyBuilding, DirectiveField.CultureAndSociety]);
        form.Directives.ShouldAllBe(d => d.Tasks.Count == 1 && d.Tasks[0].LeadUnitId == 12 && d.Tasks[0].LeadUnitName == "Huyện ủy Trực Ninh" && d.Tasks[0].ExpectedOutput == "Báo cáo kết quả thực hiện");
    }

    [Fact]
    public void A_second_chair_from_the_text_attends_and_an_unticked_assessment_leaves_the_typed_one()
    {
        var form = new SessionForm
        {
            HasConclusion = true,
            Assessment = "Đánh giá do văn phòng soạn.",
            Attendees = [new AttendeeForm { FullName = "Trần Lê Đoài", Role = AttendanceRole.Chair, Side = AttendanceSide.ProvincialDelegation }],
        };

        var added = form.Accept(Proposal, [true, false, false], assessment: false, [false, false, false], "Báo cáo");

        added.ShouldBe(1);
        form.Attendees[1].ShouldSatisfyAllConditions(a => a.FullName.ShouldBe("Phạm Gia Túc"), a => a.Role.ShouldBe(AttendanceRole.Attending));
        form.Assessment.ShouldBe("Đánh giá do văn phòng soạn.");
        form.Directives.ShouldBeEmpty();
    }
}
