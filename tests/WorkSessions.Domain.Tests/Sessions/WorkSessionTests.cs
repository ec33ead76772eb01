using System.Text;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tests.Sessions;

public class WorkSessionTests
{
    private static readonly DateTime RemovedAtUtc = new(2021, 6, 9, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_session_known_only_by_its_month_keeps_the_month_and_invents_no_day()
    {
        var session = new WorkSession("Làm việc với Huyện ủy Trực Ninh", SessionDate.InMonth(2015, 1, approximate: true), null, null, WorkSessionKind.Working, NamDinh.TrucNinh(), "Công tác năm 2014");

        (session.HeldOn, session.HeldUntil, session.DatePrecision, session.DateIsApproximate).ShouldBe((new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 31), DatePrecision.Month, true));
        session.Date.KnownDay.ShouldBeNull();
        session.Date.ShouldBe(SessionDate.InMonth(2015, 1, approximate: true));
    }

    [Fact]
    public void A_time_or_a_part_of_the_day_needs_a_known_day_and_the_two_exclude_each_other()
    {
        var trucNinh = NamDinh.TrucNinh();
        Should.Throw<DomainException>(() => new WorkSession("Làm việc", SessionDate.InYear(2015), new TimeOnly(8, 0), null, WorkSessionKind.Working, trucNinh, "Nội dung"))
            .Field.ShouldBe(nameof(WorkSession.StartTime));
        Should.Throw<DomainException>(() => new WorkSession("Làm việc", SessionDate.InMonth(2015, 1), null, null, WorkSessionKind.Working, trucNinh, "Nội dung", PartOfDay.Afternoon))
            .Field.ShouldBe(nameof(WorkSession.PartOfDay));
        Should.Throw<DomainException>(() => new WorkSession("Làm việc", NamDinh.SessionDay, new TimeOnly(14, 0), null, WorkSessionKind.Working, trucNinh, "Nội dung", PartOfDay.Afternoon))
            .Message.ShouldBe("Ghi giờ bắt đầu hoặc buổi (sáng, chiều, tối), không ghi cả hai.");

        var afternoon = new WorkSession("Làm việc", NamDinh.SessionDay, null, null, WorkSessionKind.Working, trucNinh, "Nội dung", PartOfDay.Afternoon);
        afternoon.PartOfDay.ShouldBe(PartOfDay.Afternoon);
    }

    [Fact]
    public void A_unit_closed_in_the_middle_of_a_month_may_host_a_session_known_only_by_that_month()
    {
        var closed = NamDinh.ClosedTrucNinh(); // 1997-01-01 to 2025-06-30

        new WorkSession("Làm việc", SessionDate.InYear(2025), null, null, WorkSessionKind.Working, closed, "Nội dung").HeldUntil.ShouldBe(new DateOnly(2025, 12, 31));
        Should.Throw<DomainException>(() => new WorkSession("Làm việc", SessionDate.InMonth(2025, 7), null, null, WorkSessionKind.Working, closed, "Nội dung"))
            .Message.ShouldBe("Đơn vị Huyện ủy Trực Ninh không hoạt động vào tháng 7 năm 2025.");
    }

    [Fact]
    public void Attendees_named_only_as_a_group_are_one_line_with_no_title()
    {
        var session = NewSession(NamDinh.TrucNinh(), NamDinh.SessionDay);
        var description = "Lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh và Thường trực Hội đồng nhân dân, Ủy ban nhân dân các huyện, thành phố có liên quan";

        var group = session.AddGroup(description, AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);

        (group.IsGroup, group.FullName, group.Title, group.OfficialId).ShouldBe((true, description, string.Empty, (int?)null));
        Should.Throw<DomainException>(() => session.AddGroup(new string('x', Attendance.GroupMaxLength + 1), AttendanceSide.HostUnit, AttendanceRole.Attending))
            .Field.ShouldBe(nameof(Attendance.FullName));
        Should.Throw<DomainException>(() => session.AddParticipant(description, "", AttendanceSide.HostUnit, AttendanceRole.Attending))
            .Field.ShouldBe(nameof(Attendance.FullName));
    }

    [Fact]
    public void A_new_session_is_planned_with_its_details_cleaned_and_searchable()
    {
        var trucNinh = NamDinh.TrucNinh();

        var session = new WorkSession(
            " Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh ".Normalize(NormalizationForm.FormD),
            NamDinh.SessionDay,
            new TimeOnly(8, 0),
            "Hội trường Huyện ủy Trực Ninh",
            WorkSessionKind.Working,
            trucNinh,
            "Kết quả thực hiện nhiệm vụ chính trị năm 2020 và 5 tháng đầu năm 2021");

        session.Status.ShouldBe(WorkSessionStatus.Planned);
        session.Title.ShouldBe("Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh");
        session.HeldOn.ShouldBe(NamDinh.SessionDay);
        session.HostUnit.ShouldBeSameAs(trucNinh);
        session.SearchKey.ShouldContain("truc ninh");
        session.SearchKey.ShouldContain("nhiem vu chinh tri nam 2020");
        session.Attendances.ShouldBeEmpty();
        session.Chair.ShouldBeNull();
    }

    [Theory]
    [InlineData("1996-12-31", "Đơn vị Huyện ủy Trực Ninh không hoạt động vào ngày 31 tháng 12 năm 1996.")]
    [InlineData("2025-07-01", "Đơn vị Huyện ủy Trực Ninh không hoạt động vào ngày 01 tháng 7 năm 2025.")]
    public void The_host_unit_must_be_valid_on_the_session_date(string day, string message)
    {
        var trucNinh = NamDinh.ClosedTrucNinh();

        var error = Should.Throw<DomainException>(() => NewSession(trucNinh, DateOnly.Parse(day)));

        error.Message.ShouldBe(message);
        error.Field.ShouldBe(nameof(WorkSession.HostUnit));
    }

    [Theory]
    [InlineData("1997-01-01")]
    [InlineData("2025-06-30")]
    public void A_session_on_the_first_or_last_day_of_the_host_unit_is_accepted(string day)
    {
        var session = NewSession(NamDinh.ClosedTrucNinh(), DateOnly.Parse(day));

        session.HeldOn.ShouldBe(DateOnly.Parse(day));
    }

    [Fact]
    public void Moving_a_session_to_a_day_the_host_unit_no_longer_existed_is_refused()
    {
        var trucNinh = NamDinh.ClosedTrucNinh();
        var session = NamDinh.Session(trucNinh);

        Should.Throw<DomainException>(() => ChangeDate(session, new DateOnly(2025, 7, 15)));

        session.HeldOn.ShouldBe(NamDinh.SessionDay);
    }

    [Theory]
    [InlineData("title", "Tiêu đề không được để trống.")]
    [InlineData("subjects", "Nội dung làm việc không được để trống.")]
    public void A_session_needs_a_title_and_subjects(string blank, string message)
    {
        var error = Should.Throw<DomainException>(() => new WorkSession(
            blank == "title" ? " " : "Làm việc với Huyện ủy Trực Ninh",
            NamDinh.SessionDay,
            null,
            "Hội trường Huyện ủy Trực Ninh",
            WorkSessionKind.Working,
            NamDinh.TrucNinh(),
            blank == "subjects" ? " " : "Kết quả thực hiện nhiệm vụ chính trị năm 2020"));

        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_place_the_source_does_not_name_is_left_unknown()
    {
        var session = new WorkSession("Làm việc với Huyện ủy Trực Ninh", NamDinh.SessionDay, null, "  ", WorkSessionKind.Working, NamDinh.TrucNinh(), "Công tác cán bộ");

        session.Place.ShouldBeNull();
    }

    [Fact]
    public void A_refused_change_leaves_the_session_as_it_was()
    {
        var session = NamDinh.Session();
        var before = (session.Title, session.HeldOn, session.StartTime, session.Kind, session.SearchKey);

        Should.Throw<DomainException>(() => session.ChangeDetails(
            "Làm việc với Đảng ủy xã Cổ Lễ",
            NamDinh.SessionDay.AddDays(1),
            new TimeOnly(14, 0),
            place: new string('x', 301),
            WorkSessionKind.Inspection,
            session.HostUnit,
            session.Subjects));

        (session.Title, session.HeldOn, session.StartTime, session.Kind, session.SearchKey).ShouldBe(before);
    }

    [Fact]
    public void A_registered_official_attends_with_the_title_held_on_the_session_day()
    {
        var session = NamDinh.Session();

        var attendance = session.AddParticipant(NamDinh.PhamGiaTuc(), AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        attendance.FullName.ShouldBe("Phạm Gia Túc");
        attendance.Title.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        attendance.Side.ShouldBe(AttendanceSide.ProvincialDelegation);
        session.Chair.ShouldBeSameAs(attendance);
    }

    [Fact]
    public void An_attendance_keeps_its_title_after_the_officials_title_changes()
    {
        var session = NamDinh.Session();
        var official = NamDinh.PhamGiaTuc();
        var attendance = session.AddParticipant(official, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        var secretary = official.Positions.Single(p => p.Title == NamDinh.ProvincialSecretary);
        official.EndPosition(secretary, new DateOnly(2024, 12, 31));
        official.AddPosition("Phó Trưởng Ban Tổ chức Trung ương", null, new DateOnly(2025, 1, 1), rank: 1);

        official.TitleOn(new DateOnly(2025, 3, 1)).ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương");
        attendance.Title.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        session.Attendances.Single().Title.ShouldBe("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
    }

    [Fact]
    public void The_title_on_the_day_can_be_given_and_corrected()
    {
        var session = NamDinh.Session();

        var attendance = session.AddParticipant(NamDinh.PhamGiaTuc(), AttendanceSide.ProvincialDelegation, AttendanceRole.Chair, "Bí thư Tỉnh ủy");
        attendance.Title.ShouldBe(NamDinh.ProvincialSecretary);

        attendance.CorrectTitle(" Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy ");
        attendance.Title.ShouldBe("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy");
    }

    [Fact]
    public void An_official_with_no_position_that_day_attends_with_an_empty_title()
    {
        var session = NamDinh.Session();

        var attendance = session.AddParticipant(new Official("Nguyễn Văn An"), AttendanceSide.HostUnit, AttendanceRole.Attending);

        attendance.Title.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_official_cannot_be_listed_twice()
    {
        var session = NamDinh.Session();
        var official = NamDinh.PhamGiaTuc();
        session.AddParticipant(official, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        var error = Should.Throw<DomainException>(() => session.AddParticipant(official, AttendanceSide.HostUnit, AttendanceRole.Attending));

        error.Message.ShouldBe("Phạm Gia Túc đã có trong thành phần dự.");
        session.Attendances.Count.ShouldBe(1);
    }

    [Fact]
    public void A_removed_official_can_be_listed_again()
    {
        var session = NamDinh.Session();
        var official = NamDinh.PhamGiaTuc();
        var first = session.AddParticipant(official, AttendanceSide.ProvincialDelegation, AttendanceRole.Attending);
        session.RemoveParticipant(first, RemovedAtUtc);

        var again = session.AddParticipant(official, AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);

        session.Attendances.ShouldBe(new[] { again });
    }

    [Fact]
    public void A_collective_body_attends_without_an_official()
    {
        var session = NamDinh.Session();

        var attendance = session.AddParticipant("Ban Thường vụ Huyện ủy Trực Ninh", "", AttendanceSide.HostUnit, AttendanceRole.Reporting);

        attendance.Official.ShouldBeNull();
        attendance.OfficialId.ShouldBeNull();
        attendance.FullName.ShouldBe("Ban Thường vụ Huyện ủy Trực Ninh");
        attendance.Title.ShouldBeEmpty();
        attendance.Role.ShouldBe(AttendanceRole.Reporting);
    }

    [Fact]
    public void A_guest_needs_a_name()
    {
        var session = NamDinh.Session();

        Should.Throw<DomainException>(() => session.AddParticipant("  ", "Phóng viên", AttendanceSide.ProvincialDelegation, AttendanceRole.Attending))
            .Message.ShouldBe("Họ và tên không được để trống.");
        session.Attendances.ShouldBeEmpty();
    }

    [Fact]
    public void Participants_are_numbered_in_the_order_they_were_added()
    {
        var session = SessionWithFourParticipants();

        session.Attendances.Select(a => a.Order).ShouldBe(new[] { 1, 2, 3, 4 });
        session.Attendances.Select(a => a.FullName).ShouldBe(new[] { "Phạm Gia Túc", "Trần Lê Đoài", "Ban Thường vụ Huyện ủy Trực Ninh", "Đoàn Văn Định" });
    }

    [Theory]
    [InlineData(0, "Trần Lê Đoài,Ban Thường vụ Huyện ủy Trực Ninh,Đoàn Văn Định")]
    [InlineData(1, "Phạm Gia Túc,Ban Thường vụ Huyện ủy Trực Ninh,Đoàn Văn Định")]
    [InlineData(3, "Phạm Gia Túc,Trần Lê Đoài,Ban Thường vụ Huyện ủy Trực Ninh")]
    public void Removing_a_participant_keeps_the_others_numbered_one_to_n(int removed, string remaining)
    {
        var session = SessionWithFourParticipants();

        session.RemoveParticipant(session.Attendances[removed], RemovedAtUtc);

        session.Attendances.Select(a => a.Order).ShouldBe(new[] { 1, 2, 3 });
        string.Join(',', session.Attendances.Select(a => a.FullName)).ShouldBe(remaining);
    }

    [Fact]
    public void A_participant_added_after_a_removal_takes_the_next_number()
    {
        var session = SessionWithFourParticipants();
        session.RemoveParticipant(session.Attendances[1], RemovedAtUtc);

        var added = session.AddParticipant("Ủy ban MTTQ huyện Trực Ninh", "", AttendanceSide.HostUnit, AttendanceRole.Attending);

        added.Order.ShouldBe(4);
        session.Attendances.Select(a => a.Order).ShouldBe(new[] { 1, 2, 3, 4 });
    }

    [Fact]
    public void Holding_the_session_moves_it_from_planned_to_held()
    {
        var session = NamDinh.Session();

        session.MarkHeld();

        session.Status.ShouldBe(WorkSessionStatus.Held);
    }

    [Fact]
    public void Concluding_moves_the_session_to_concluded_and_copies_its_date()
    {
        var session = NamDinh.Session();
        session.MarkHeld();

        var conclusion = session.Conclude("Ban Thường vụ Tỉnh ủy ghi nhận, biểu dương những kết quả đạt được.");

        session.Status.ShouldBe(WorkSessionStatus.Concluded);
        session.Conclusion.ShouldBeSameAs(conclusion);
        conclusion.SessionDate.ShouldBe(NamDinh.SessionDay);
    }

    [Fact]
    public void A_planned_session_that_is_concluded_skips_to_concluded()
    {
        var session = NamDinh.Session();

        session.Conclude("Ghi nhận kết quả.");

        session.Status.ShouldBe(WorkSessionStatus.Concluded);
    }

    [Fact]
    public void A_session_is_concluded_only_once()
    {
        var session = NamDinh.Session();
        var first = session.Conclude("Ghi nhận kết quả.");

        Should.Throw<DomainException>(() => session.Conclude("Kết luận khác."))
            .Message.ShouldBe("Buổi làm việc đã có kết luận.");
        session.Conclusion.ShouldBeSameAs(first);
    }

    [Fact]
    public void Status_only_moves_forward()
    {
        var session = NamDinh.Session();
        session.MarkHeld();

        Should.Throw<DomainException>(session.MarkHeld)
            .Message.ShouldBe("Trạng thái buổi làm việc chỉ chuyển tiếp, không quay lại.");

        session.Conclude("Ghi nhận kết quả.");
        Should.Throw<DomainException>(session.MarkHeld);
        session.Status.ShouldBe(WorkSessionStatus.Concluded);

        session.MarkNoticeIssued();
        Should.Throw<DomainException>(session.MarkNoticeIssued)
            .Message.ShouldBe("Trạng thái buổi làm việc chỉ chuyển tiếp, không quay lại.");
        session.Status.ShouldBe(WorkSessionStatus.NoticeIssued);
    }

    [Fact]
    public void A_notice_cannot_be_issued_for_a_session_without_a_conclusion()
    {
        var session = NamDinh.Session();
        session.MarkHeld();

        var error = Should.Throw<DomainException>(session.MarkNoticeIssued);

        error.Message.ShouldBe("Buổi làm việc chưa có kết luận.");
        session.Status.ShouldBe(WorkSessionStatus.Held);
    }

    [Fact]
    public void The_unit_report_is_attached_once()
    {
        var session = NamDinh.Session();
        var report = session.AttachReport("Báo cáo kết quả thực hiện nhiệm vụ chính trị", "Năm 2020 và 5 tháng đầu năm 2021");

        Should.Throw<DomainException>(() => session.AttachReport("Báo cáo bổ sung", "5 tháng đầu năm 2021"))
            .Message.ShouldBe("Buổi làm việc đã có báo cáo của đơn vị.");
        session.Report.ShouldBeSameAs(report);
    }

    [Theory]
    [InlineData("change details")]
    [InlineData("add official")]
    [InlineData("add guest")]
    [InlineData("remove participant")]
    [InlineData("attach report")]
    [InlineData("conclude")]
    public void Once_the_notice_is_issued_the_session_cannot_be_edited(string change)
    {
        var session = NamDinh.Session();
        var attendance = session.AddParticipant("Ban Thường vụ Huyện ủy Trực Ninh", "", AttendanceSide.HostUnit, AttendanceRole.Reporting);
        session.Conclude("Ghi nhận kết quả.");
        session.MarkNoticeIssued();

        Action edit = change switch
        {
            "change details" => () => ChangeDate(session, NamDinh.SessionDay.AddDays(1)),
            "add official" => () => session.AddParticipant(NamDinh.PhamGiaTuc(), AttendanceSide.ProvincialDelegation, AttendanceRole.Chair),
            "add guest" => () => session.AddParticipant("Ủy ban MTTQ huyện Trực Ninh", "", AttendanceSide.HostUnit, AttendanceRole.Attending),
            "remove participant" => () => session.RemoveParticipant(attendance, RemovedAtUtc),
            "attach report" => () => session.AttachReport("Báo cáo", "Năm 2020"),
            _ => () => session.Conclude("Kết luận khác."),
        };

        var error = Should.Throw<DomainException>(edit);

        error.Message.ShouldBe("Thông báo kết luận đã ban hành: buổi làm việc không còn sửa trực tiếp được.");
        session.HeldOn.ShouldBe(NamDinh.SessionDay);
        session.Attendances.ShouldBe(new[] { attendance });
        session.Report.ShouldBeNull();
    }

    private static WorkSession NewSession(Unit hostUnit, DateOnly heldOn) =>
        new("Làm việc với Huyện ủy Trực Ninh", heldOn, null, "Hội trường Huyện ủy Trực Ninh", WorkSessionKind.Working, hostUnit, "Kết quả thực hiện nhiệm vụ chính trị");

    private static void ChangeDate(WorkSession session, DateOnly heldOn) =>
        session.ChangeDetails(session.Title, heldOn, session.StartTime, session.Place, session.Kind, session.HostUnit, session.Subjects);

    private static WorkSession SessionWithFourParticipants()
    {
        var session = NamDinh.Session();
        session.AddParticipant(NamDinh.PhamGiaTuc(), AttendanceSide.ProvincialDelegation, AttendanceRole.Chair);
        session.AddParticipant(new Official("Trần Lê Đoài"), AttendanceSide.ProvincialDelegation, AttendanceRole.Attending, "Phó Bí thư Thường trực Tỉnh ủy");
        session.AddParticipant("Ban Thường vụ Huyện ủy Trực Ninh", "", AttendanceSide.HostUnit, AttendanceRole.Reporting);
        session.AddParticipant(new Official("Đoàn Văn Định"), AttendanceSide.HostUnit, AttendanceRole.Reporting, "Bí thư Huyện ủy Trực Ninh");
        return session;
    }
}
