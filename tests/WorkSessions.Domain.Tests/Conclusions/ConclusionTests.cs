using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tests.Conclusions;

public class ConclusionTests
{
    private const string Output = "Báo cáo kết quả gửi Ban Thường vụ Tỉnh ủy";

    private static readonly DateTime RemovedAtUtc = new(2021, 6, 10, 3, 0, 0, DateTimeKind.Utc);

    private readonly Conclusion _conclusion = NamDinh.Conclusion();

    [Fact]
    public void The_assessment_is_required()
    {
        Should.Throw<DomainException>(() => _conclusion.ChangeAssessment("  "))
            .Message.ShouldBe("Đánh giá, kết luận không được để trống.");
        _conclusion.Assessment.ShouldStartWith("Ban Thường vụ Tỉnh ủy ghi nhận");
    }

    [Fact]
    public void Directives_are_numbered_one_to_n_as_they_are_added()
    {
        AddFourDirectives();

        _conclusion.Directives.Select(d => d.Number).ShouldBe(new[] { 1, 2, 3, 4 });
        _conclusion.Directives.Select(d => d.Text).ShouldBe(new[] { "A", "B", "C", "D" });
    }

    [Fact]
    public void A_directive_is_given_on_the_session_day()
    {
        var directive = _conclusion.AddDirective(DirectiveField.EpidemicControl, " Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19. ");

        directive.GivenOn.ShouldBe(NamDinh.SessionDay);
        directive.Field.ShouldBe(DirectiveField.EpidemicControl);
        directive.Text.ShouldBe("Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19.");
    }

    [Fact]
    public void A_directive_needs_text()
    {
        Should.Throw<DomainException>(() => _conclusion.AddDirective(DirectiveField.Economy, " "))
            .Message.ShouldBe("Nội dung chỉ đạo không được để trống.");
        _conclusion.Directives.ShouldBeEmpty();
    }

    [Fact]
    public void A_refused_change_leaves_the_directive_as_it_was()
    {
        var directive = _conclusion.AddDirective(DirectiveField.Economy, "Đẩy mạnh phát triển kinh tế.");

        Should.Throw<DomainException>(() => directive.Change(DirectiveField.DefenceAndSecurity, " "));

        directive.Field.ShouldBe(DirectiveField.Economy);
        directive.Text.ShouldBe("Đẩy mạnh phát triển kinh tế.");
    }

    [Theory]
    [InlineData("D", 1, "D,A,B,C")]
    [InlineData("A", 4, "B,C,D,A")]
    [InlineData("B", 3, "A,C,B,D")]
    [InlineData("C", 2, "A,C,B,D")]
    [InlineData("C", 3, "A,B,C,D")]
    public void Moving_a_directive_keeps_numbers_one_to_n(string moved, int newNumber, string order)
    {
        AddFourDirectives();
        var directive = _conclusion.Directives.Single(d => d.Text == moved);

        _conclusion.MoveDirective(directive, newNumber);

        directive.Number.ShouldBe(newNumber);
        _conclusion.Directives.Select(d => d.Number).ShouldBe(new[] { 1, 2, 3, 4 });
        string.Join(',', _conclusion.Directives.Select(d => d.Text)).ShouldBe(order);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Moving_a_directive_outside_one_to_n_is_refused(int newNumber)
    {
        AddFourDirectives();

        var error = Should.Throw<DomainException>(() => _conclusion.MoveDirective(_conclusion.Directives[0], newNumber));

        error.Message.ShouldBe("Số thứ tự phải từ 1 đến 4.");
        string.Join(',', _conclusion.Directives.Select(d => d.Text)).ShouldBe("A,B,C,D");
    }

    [Theory]
    [InlineData("A", "B,C,D")]
    [InlineData("B", "A,C,D")]
    [InlineData("D", "A,B,C")]
    public void Removing_a_directive_keeps_numbers_one_to_n(string removed, string order)
    {
        AddFourDirectives();
        var directive = _conclusion.Directives.Single(d => d.Text == removed);

        _conclusion.RemoveDirective(directive, RemovedAtUtc);

        directive.IsDeleted.ShouldBeTrue();
        _conclusion.Directives.Select(d => d.Number).ShouldBe(new[] { 1, 2, 3 });
        string.Join(',', _conclusion.Directives.Select(d => d.Text)).ShouldBe(order);
    }

    [Fact]
    public void A_directive_added_after_a_removal_takes_the_next_number()
    {
        AddFourDirectives();
        _conclusion.RemoveDirective(_conclusion.Directives[1], RemovedAtUtc);

        var added = _conclusion.AddDirective(DirectiveField.Other, "E");

        added.Number.ShouldBe(4);
        _conclusion.Directives.Select(d => d.Number).ShouldBe(new[] { 1, 2, 3, 4 });
    }

    [Fact]
    public void A_removed_directive_cannot_be_removed_or_moved_again()
    {
        AddFourDirectives();
        var removed = _conclusion.Directives[0];
        _conclusion.RemoveDirective(removed, RemovedAtUtc);

        Should.Throw<DomainException>(() => _conclusion.RemoveDirective(removed, RemovedAtUtc))
            .Message.ShouldBe("Ý kiến chỉ đạo không thuộc kết luận này.");
        Should.Throw<DomainException>(() => _conclusion.MoveDirective(removed, 1));
        _conclusion.Directives.Select(d => d.Number).ShouldBe(new[] { 1, 2, 3 });
    }

    [Fact]
    public void A_directive_of_another_conclusion_is_refused()
    {
        AddFourDirectives();
        var foreign = NamDinh.Directive();

        Should.Throw<DomainException>(() => _conclusion.MoveDirective(foreign, 1))
            .Message.ShouldBe("Ý kiến chỉ đạo không thuộc kết luận này.");
        Should.Throw<DomainException>(() => _conclusion.RemoveDirective(foreign, RemovedAtUtc));
        foreign.IsDeleted.ShouldBeFalse();
        foreign.Number.ShouldBe(1);
    }

    [Fact]
    public void Assigning_a_directive_creates_a_task_with_its_six_clear_points()
    {
        var directive = _conclusion.AddDirective(DirectiveField.EpidemicControl, "Tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch.");
        var trucNinh = NamDinh.TrucNinh();
        var front = new Unit("Ủy ban MTTQ huyện Trực Ninh", UnitKind.FatherlandFront, NamDinh.ProvinceFounded);
        var deadline = new DateOnly(2021, 6, 30);

        var task = directive.Assign(trucNinh, [front, front], deadline, Output, ReportingSchedule.Monthly);

        task.LeadUnit.ShouldBeSameAs(trucNinh);
        task.CoordinatingUnits.Select(c => c.Unit).ShouldBe(new[] { front });
        task.AssignedOn.ShouldBe(NamDinh.SessionDay);
        task.OriginalDeadline.ShouldBe(deadline);
        task.CurrentDeadline.ShouldBe(deadline);
        task.ExpectedOutput.ShouldBe(Output);
        task.ReportingSchedule.ShouldBe(ReportingSchedule.Monthly);
        task.State.ShouldBe(TaskState.NotStarted);
        directive.Tasks.ShouldBe(new[] { task });
    }

    [Fact]
    public void A_deadline_before_the_session_is_refused()
    {
        var directive = _conclusion.AddDirective(DirectiveField.Economy, "Đẩy mạnh giải ngân vốn đầu tư công.");

        var error = Should.Throw<DomainException>(() =>
            directive.Assign(NamDinh.TrucNinh(), [], NamDinh.SessionDay.AddDays(-1), Output, ReportingSchedule.OnCompletion));

        error.Message.ShouldBe("Thời hạn không được trước ngày làm việc.");
        error.Field.ShouldBe(nameof(FollowUpTask.OriginalDeadline));
        directive.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public void A_deadline_on_the_session_day_is_accepted()
    {
        var directive = _conclusion.AddDirective(DirectiveField.Economy, "Đẩy mạnh giải ngân vốn đầu tư công.");

        var task = directive.Assign(NamDinh.TrucNinh(), [], NamDinh.SessionDay, Output, ReportingSchedule.OnCompletion);

        task.OriginalDeadline.ShouldBe(NamDinh.SessionDay);
    }

    [Fact]
    public void An_ongoing_task_has_no_deadline()
    {
        var directive = _conclusion.AddDirective(DirectiveField.DefenceAndSecurity, "Giữ vững an ninh chính trị, trật tự an toàn xã hội.");

        var task = directive.Assign(NamDinh.TrucNinh(), [], null, Output, ReportingSchedule.Quarterly);

        task.OriginalDeadline.ShouldBeNull();
        task.CurrentDeadline.ShouldBeNull();
    }

    [Fact]
    public void The_lead_unit_cannot_also_coordinate()
    {
        var directive = _conclusion.AddDirective(DirectiveField.PartyBuilding, "Nâng cao chất lượng sinh hoạt chi bộ.");
        var trucNinh = NamDinh.TrucNinh();

        var error = Should.Throw<DomainException>(() => directive.Assign(trucNinh, [trucNinh], null, Output, ReportingSchedule.Yearly));

        error.Message.ShouldBe("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.");
        directive.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public void A_task_needs_an_expected_output()
    {
        var directive = _conclusion.AddDirective(DirectiveField.PartyBuilding, "Nâng cao chất lượng sinh hoạt chi bộ.");

        Should.Throw<DomainException>(() => directive.Assign(NamDinh.TrucNinh(), [], null, " ", ReportingSchedule.Yearly))
            .Message.ShouldBe("Sản phẩm đầu ra không được để trống.");
        directive.Tasks.ShouldBeEmpty();
    }

    private void AddFourDirectives()
    {
        foreach (var text in new[] { "A", "B", "C", "D" })
        {
            _conclusion.AddDirective(DirectiveField.Other, text);
        }
    }
}
