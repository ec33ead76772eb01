using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tests.Conclusions;

/// <summary>What the office may still correct after typing a session, and what stays once a unit has reported.</summary>
public class CorrectionTests
{
    private static readonly DateTime Now = new(2021, 6, 10, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_task_not_yet_reported_on_takes_a_corrected_lead_unit_deadline_and_coordinating_units()
    {
        var task = NamDinh.Task(new DateOnly(2021, 12, 31));
        var other = new Unit("Ban Tổ chức Tỉnh ủy Nam Định", UnitKind.PartyAgency, NamDinh.ProvinceFounded);
        var third = new Unit("Ủy ban Kiểm tra Tỉnh ủy Nam Định", UnitKind.PartyAgency, NamDinh.ProvinceFounded);

        task.CorrectAssignment(other, [third, third], new DateOnly(2022, 3, 31), " Báo cáo đã sửa ", ReportingSchedule.Quarterly);

        task.LeadUnit.ShouldBe(other);
        task.OriginalDeadline.ShouldBe(new DateOnly(2022, 3, 31));
        task.CurrentDeadline.ShouldBe(new DateOnly(2022, 3, 31));
        task.CoordinatingUnits.Select(c => c.Unit).ShouldBe([third]);
        task.ExpectedOutput.ShouldBe("Báo cáo đã sửa");
        task.ReportingSchedule.ShouldBe(ReportingSchedule.Quarterly);
    }

    [Fact]
    public void After_a_report_the_deadline_and_lead_unit_stay_but_the_output_can_be_reworded()
    {
        var task = NamDinh.Task(new DateOnly(2021, 12, 31));
        task.ReportProgress(new DateOnly(2021, 7, 1), "Đang triển khai", 30, "Huyện ủy");
        var lead = task.LeadUnit;

        Should.Throw<DomainException>(() => task.CorrectAssignment(lead, [], new DateOnly(2022, 1, 31), "Báo cáo", ReportingSchedule.Yearly))
            .Field.ShouldBe(nameof(FollowUpTask.OriginalDeadline));
        Should.Throw<DomainException>(() => task.CorrectAssignment(NamDinh.ProvincialCommittee(), [], new DateOnly(2021, 12, 31), "Báo cáo", ReportingSchedule.Yearly))
            .Field.ShouldBe(nameof(FollowUpTask.LeadUnit));
        task.CorrectAssignment(lead, [], new DateOnly(2021, 12, 31), "Báo cáo sơ kết", ReportingSchedule.Yearly);

        task.ExpectedOutput.ShouldBe("Báo cáo sơ kết");
        task.OriginalDeadline.ShouldBe(new DateOnly(2021, 12, 31));
    }

    [Fact]
    public void A_corrected_deadline_before_the_session_or_a_lead_unit_also_coordinating_is_refused_and_nothing_changes()
    {
        var task = NamDinh.Task(new DateOnly(2021, 12, 31));
        var lead = task.LeadUnit;

        Should.Throw<DomainException>(() => task.CorrectAssignment(lead, [], NamDinh.SessionDay.AddDays(-1), "Khác", ReportingSchedule.Yearly));
        Should.Throw<DomainException>(() => task.CorrectAssignment(lead, [lead], null, "Khác", ReportingSchedule.Yearly));

        task.OriginalDeadline.ShouldBe(new DateOnly(2021, 12, 31));
        task.ExpectedOutput.ShouldNotBe("Khác");
    }

    [Fact]
    public void Removing_a_directive_removes_its_tasks_but_not_one_the_unit_has_reported_on()
    {
        var conclusion = NamDinh.Conclusion();
        var unit = NamDinh.TrucNinh();
        var first = conclusion.AddDirective(DirectiveField.Economy, "A");
        var firstTask = first.Assign(unit, [], null, "Báo cáo", ReportingSchedule.Yearly);
        var second = conclusion.AddDirective(DirectiveField.Economy, "B");
        second.Assign(unit, [], null, "Báo cáo", ReportingSchedule.Yearly).ReportProgress(NamDinh.SessionDay, "Đã làm", 10, "Huyện ủy");

        conclusion.RemoveDirective(first, Now);

        firstTask.IsDeleted.ShouldBeTrue();
        conclusion.Directives.Single().Number.ShouldBe(1);
        Should.Throw<DomainException>(() => conclusion.RemoveDirective(second, Now)).Message.ShouldContain("đã có báo cáo của đơn vị");
        second.IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public void A_new_order_must_hold_every_directive_once()
    {
        var conclusion = NamDinh.Conclusion();
        var a = conclusion.AddDirective(DirectiveField.Economy, "A");
        var b = conclusion.AddDirective(DirectiveField.Economy, "B");

        Should.Throw<DomainException>(() => conclusion.ArrangeDirectives([a, a]));
        Should.Throw<DomainException>(() => conclusion.ArrangeDirectives([b]));
        conclusion.ArrangeDirectives([b, a]);

        conclusion.Directives.Select(d => (d.Text, d.Number)).ShouldBe([("B", 1), ("A", 2)]);
    }

    [Fact]
    public void Attendees_are_corrected_and_put_in_order_and_a_registered_officials_name_stays()
    {
        var session = NamDinh.Session();
        var chair = session.AddParticipant(NamDinh.PhamGiaTuc(), AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        var body = session.AddParticipant("Ban Thường vụ Huyện ủy", "Tập thể", AttendanceSide.HostUnit, AttendanceRole.Reporting);

        session.ChangeParticipant(body, "Ban Thường vụ Huyện ủy Trực Ninh", "Tập thể Ban Thường vụ Huyện ủy", AttendanceSide.HostUnit, AttendanceRole.Reporting);
        session.ChangeParticipant(chair, "Tên khác", "Bí thư Tỉnh ủy", AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.ArrangeParticipants([body, chair]);

        body.FullName.ShouldBe("Ban Thường vụ Huyện ủy Trực Ninh");
        chair.FullName.ShouldBe("Phạm Gia Túc");
        chair.Title.ShouldBe("Bí thư Tỉnh ủy");
        session.Attendances.ShouldBe([body, chair]);
    }

    [Fact]
    public void A_report_is_reworded_and_its_sections_and_figures_removed_and_reordered()
    {
        var report = NamDinh.Session().AttachReport("Báo cáo", "Năm 2020");
        var one = report.AddSection("Một", "Nội dung một");
        var two = report.AddSection("Hai", "Nội dung hai");
        var figure = report.AddIndicator("Ca F1", 223, "người", 224);

        report.Change("Báo cáo kết quả", "Năm 2020 và 5 tháng đầu năm 2021");
        two.Change("Hai (sửa)", "Nội dung hai đã sửa");
        report.ArrangeSections([two, one]);
        report.RemoveSection(two, Now);
        figure.Change("Ca F1 đã cách ly", 224, "người", 224, null);

        report.Title.ShouldBe("Báo cáo kết quả");
        report.Sections.Single().ShouldBe(one);
        one.Order.ShouldBe(1);
        two.SearchKey.ShouldBe("hai (sua) noi dung hai da sua");
        Should.Throw<DomainException>(() => figure.Change("Ca F1", 1, "người", 0.00001m, null)).Field.ShouldBe(nameof(figure.Target));
        figure.Value.ShouldBe(224);
    }
}
