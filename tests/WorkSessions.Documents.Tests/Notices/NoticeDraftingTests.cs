using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Units;

namespace WorkSessions.Documents.Tests.Notices;

/// <summary>The draft's own words for sessions the seed does not have: two chairs, no place, a month-only date, groups.</summary>
public class NoticeDraftingTests
{
    private static readonly DateOnly Day = new(2022, 2, 24);

    [Fact]
    public void A_session_with_two_chairs_names_both_as_co_chairs_and_the_first_gives_the_conclusion()
    {
        var (session, committee) = Session();
        session.AddParticipant("Trần Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant("Lê Thị Hồng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant("Phạm Minh Đức", "Trưởng Ban Tổ chức Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);

        var opening = NoticeDrafting.Draft(session, committee).Opening.Split('\n');

        opening[0].ShouldBe(
            "Ngày 24 tháng 02 năm 2022, đồng chí Trần Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Lê Thị Hồng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc với Thị ủy Cổ Lễ về tình hình thực hiện nhiệm vụ năm 2021. Cùng dự có đồng chí Phạm Minh Đức, Trưởng Ban Tổ chức Tỉnh ủy.");
        opening[1].ShouldBe("Sau khi nghe Thị ủy Cổ Lễ báo cáo và ý kiến của các đồng chí dự buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy kết luận như sau:");
    }

    [Fact]
    public void A_session_with_one_chair_reads_as_before()
    {
        var (session, committee) = Session();
        session.AddParticipant("Trần Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        NoticeDrafting.Draft(session, committee).Opening.Split('\n')[0].ShouldBe(
            "Ngày 24 tháng 02 năm 2022, đồng chí Trần Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy đã làm việc với Thị ủy Cổ Lễ về tình hình thực hiện nhiệm vụ năm 2021.");
    }

    [Fact]
    public void A_session_known_only_by_its_month_with_co_chairs_and_a_group_prints_as_a_reader_writes_it()
    {
        var (session, committee) = Session(SessionDate.InMonth(2015, 1));
        session.AddParticipant("Trần Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant("Lê Thị Hồng", "Chủ tịch UBND tỉnh", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddGroup("lãnh đạo các sở, ngành của tỉnh", AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);
        session.AddGroup("Thường trực Thị ủy Cổ Lễ", AttendanceSide.HostUnit, AttendanceRole.Attending);

        var notice = NoticeDrafting.Draft(session, committee);
        var expected = "Tháng 01 năm 2015, đồng chí Trần Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Lê Thị Hồng, Chủ tịch UBND tỉnh đồng chủ trì buổi làm việc với Thị ủy Cổ Lễ về tình hình thực hiện nhiệm vụ năm 2021. Cùng dự có lãnh đạo các sở, ngành của tỉnh.";
        notice.Opening.Split('\n')[0].ShouldBe(expected);
        Should.NotThrow(() => notice.EnsureSaysWhen(session.Date));

        // Printed and read back: the month as the source gives it, no weekday, no invented day.
        var pdf = new PrintedPdf(NoticePdf.Render(new NoticeWording(NoticeDrafting.Compose(notice, session, new DateOnly(2015, 2, 3)), NoticeFormat.Guidance2018)));
        var text = string.Join(' ', pdf.ReadingOrder());
        text.ShouldContain(expected);
        text.ShouldNotContain("Thứ ");
        text.ShouldNotContain("ngày 01 tháng 01 năm 2015");
        var page = pdf.Rasterise(60)[0];
        page.InkRows(0, page.Width - 1).ShouldNotBeNull("the first page prints");
    }

    [Fact]
    public void A_session_on_an_afternoon_opens_with_the_part_of_the_day()
    {
        var (session, committee) = Session(SessionDate.OnDay(Day));
        session.ChangeDetails(session.Title, Day, null, null, WorkSessionKind.Working, session.HostUnit, session.Subjects, PartOfDay.Afternoon);
        session.AddParticipant("Trần Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        NoticeDrafting.Draft(session, committee).Opening.ShouldStartWith("Chiều ngày 24 tháng 02 năm 2022, đồng chí Trần Văn Mạnh");
    }

    [Fact]
    public void A_directive_shared_by_the_towns_Party_committee_and_its_Peoples_Committee_names_both_with_their_deadlines_on_PDF_and_DOCX()
    {
        var (session, committee) = Session();
        session.AddParticipant("Trần Văn Mạnh", "Phó Bí thư Thường trực Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        var peoples = new Unit("UBND thị xã Cổ Lễ", UnitKind.Government, new DateOnly(1997, 1, 1), shortName: "UBND thị xã");
        var shared = session.Conclusion!.AddDirective(Domain.Conclusions.DirectiveField.Economy, "Hoàn thành quy hoạch chung thị xã, trình phê duyệt trong năm 2022.");
        shared.Assign(session.HostUnit, [], new DateOnly(2022, 6, 30), "Nghị quyết của Thị ủy", Domain.Tasks.ReportingSchedule.Quarterly);
        shared.Assign(peoples, [], new DateOnly(2022, 12, 31), "Quyết định phê duyệt quy hoạch", Domain.Tasks.ReportingSchedule.Quarterly);
        var own = session.Conclusion.AddDirective(Domain.Conclusions.DirectiveField.PartyBuilding, "Kiện toàn tổ chức cơ sở đảng.");
        own.Assign(session.HostUnit, [], new DateOnly(2022, 9, 30), "Báo cáo kết quả", Domain.Tasks.ReportingSchedule.Quarterly);

        var wording = new NoticeWording(NoticeDrafting.Compose(NoticeDrafting.Draft(session, committee), session, Day), NoticeFormat.Guidance2018);

        const string both = "(Thị ủy Cổ Lễ chủ trì, thời hạn: 30/6/2022; UBND thị xã Cổ Lễ chủ trì, thời hạn: 31/12/2022)";
        const string hostOnly = "(Thời hạn: 30/9/2022)";
        var pdf = string.Join(' ', new PrintedPdf(NoticePdf.Render(wording)).ReadingOrder());
        pdf.ShouldContain(both);
        pdf.ShouldContain(hostOnly);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(NoticeDocx.Render(wording)), false);
        var text = docx.MainDocumentPart!.Document!.InnerText;
        text.ShouldContain(both);
        text.ShouldContain(hostOnly);
    }

    [Theory]
    [InlineData("Tỉnh ủy Bình Thuận", null, "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Bình Thuận", "Tỉnh ủy", "Đảng bộ tỉnh Bình Thuận", "Bình Thuận", "Bí thư")]
    [InlineData("Tỉnh ủy Nam Định", "Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy", "Đảng bộ tỉnh Nam Định", "Nam Định", "Phó Bí thư Thường trực")]
    [InlineData("Tỉnh uỷ Thanh Hoá", null, "Bí thư Tỉnh uỷ", "Tỉnh ủy", "Đảng bộ tỉnh Thanh Hoá", "Thanh Hoá", "Bí thư")]
    [InlineData("Thành ủy Hà Nội", "Thành ủy", "Ủy viên Bộ Chính trị, Bí thư Thành ủy", "Thành ủy", "Đảng bộ thành phố Hà Nội", "Hà Nội", "Bí thư")]
    public void Every_committee_issues_as_its_body_under_its_Party_organisation_and_signs_without_the_unit_name(
        string committee, string? shortName, string chairTitle, string body, string parent, string place, string position)
    {
        var issuer = new Unit(committee, UnitKind.ProvincialCommittee, new DateOnly(1997, 1, 1), shortName: shortName);
        var town = new Unit("Thị ủy Cổ Lễ", UnitKind.DistrictCommittee, new DateOnly(1997, 1, 1), issuer, "Thị ủy");
        var session = new WorkSession("Làm việc với Thị ủy Cổ Lễ", SessionDate.OnDay(Day), null, null, WorkSessionKind.Working, town, "Tình hình thực hiện nhiệm vụ năm 2021.");
        session.AddParticipant("Trần Văn Mạnh", chairTitle, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant("Phạm Minh Đức", "Trưởng Ban Tổ chức Tỉnh ủy.", AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);
        session.Conclude("Ghi nhận kết quả.");

        var notice = NoticeDrafting.Draft(session, issuer);

        notice.ShouldSatisfyAllConditions(
            n => n.IssuingBody.ShouldBe(body),
            n => n.ParentBody.ShouldBe(parent),
            n => n.Place.ShouldBe(place),
            n => n.SignerPosition.ShouldBe(position));
        notice.Opening.ShouldNotContain("..");
        notice.Opening.Split('\n')[0].ShouldEndWith("về tình hình thực hiện nhiệm vụ năm 2021. Cùng dự có đồng chí Phạm Minh Đức, Trưởng Ban Tổ chức Tỉnh ủy.");

        // As printed: the header and the position line in capitals, on the PDF and in the Word copy.
        var wording = new NoticeWording(NoticeDrafting.Compose(notice, session, Day), NoticeFormat.Guidance2018);
        var pdf = new PrintedPdf(NoticePdf.Render(wording)).ReadingOrder();
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(NoticeDocx.Render(wording)), false);
        var word = docx.MainDocumentPart!.Document!.InnerText;
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        wording.ShouldSatisfyAllConditions(
            w => w.ParentBody.ShouldBe(parent.ToUpper(vi)),
            w => w.IssuingBody.ShouldBe(body.ToUpper(vi)),
            w => w.PositionLine.ShouldBe(position.ToUpper(vi)));
        foreach (var printed in new[] { string.Join(' ', pdf), word })
        {
            printed.ShouldContain(parent.ToUpper(vi), Case.Sensitive);
            printed.ShouldContain($"T/M BAN THƯỜNG VỤ", Case.Sensitive);
            printed.ShouldContain(position.ToUpper(vi), Case.Sensitive);

            // Only the position line is in capitals: the unit's name never follows it there.
            printed.ShouldNotContain($"{position.ToUpper(vi)} {body.ToUpper(vi)}", Case.Sensitive);
            printed.ShouldNotContain("..");
        }
    }

    private static (WorkSession Session, Unit Committee) Session() => Session(Day);

    private static (WorkSession Session, Unit Committee) Session(SessionDate date)
    {
        var founded = new DateOnly(1997, 1, 1);
        var committee = new Unit("Tỉnh ủy Nam Định", UnitKind.ProvincialCommittee, founded, shortName: "Tỉnh ủy");
        var town = new Unit("Thị ủy Cổ Lễ", UnitKind.DistrictCommittee, founded, committee, "Thị ủy");
        var session = new WorkSession("Làm việc với Thị ủy Cổ Lễ", date, null, null, WorkSessionKind.Working, town, "Tình hình thực hiện nhiệm vụ năm 2021");
        session.Conclude("Ghi nhận kết quả.");
        return (session, committee);
    }
}
