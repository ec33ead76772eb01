using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Domain.Tests.Tasks;

public class FollowUpTaskTests
{
    private const string Reporter = "Văn phòng Huyện ủy Trực Ninh";
    private const string Office = "Văn phòng Tỉnh ủy";
    private const string Output = "Báo cáo số 45-BC/HU ngày 28/6/2021 của Huyện ủy Trực Ninh";

    private static readonly DateOnly Deadline = new(2021, 6, 30);

    private readonly FollowUpTask _task = NamDinh.Task(Deadline);

    [Fact]
    public void A_new_task_is_not_started_and_open()
    {
        _task.State.ShouldBe(TaskState.NotStarted);
        _task.IsOpen.ShouldBeTrue();
        _task.Percent.ShouldBe(0);
        _task.CompletedOn.ShouldBeNull();
        _task.Updates.ShouldBeEmpty();
    }

    [Fact]
    public void Reporting_progress_puts_the_task_in_progress()
    {
        var update = _task.ReportProgress(new DateOnly(2021, 6, 15), "Đã tổ chức tiêm vắc-xin cho lực lượng tuyến đầu.", 40, Reporter);

        _task.State.ShouldBe(TaskState.InProgress);
        _task.Percent.ShouldBe(40);
        update.ReportsCompletion.ShouldBeFalse();
        _task.Updates.ShouldBe(new[] { update });
    }

    [Fact]
    public void The_last_report_sets_the_percentage_and_updates_are_listed_by_date()
    {
        var late = _task.ReportProgress(new DateOnly(2021, 6, 25), "Hoàn thành khoanh vùng, truy vết.", 80, Reporter);
        var early = _task.ReportProgress(new DateOnly(2021, 6, 15), "Bổ sung báo cáo tuần trước.", 40, Reporter);

        _task.Percent.ShouldBe(40);
        _task.Updates.ShouldBe(new[] { early, late });
    }

    [Theory]
    [InlineData(100, "Để báo cáo hoàn thành, hãy dùng \"Báo cáo hoàn thành\" kèm sản phẩm đầu ra.")]
    [InlineData(120, "Để báo cáo hoàn thành, hãy dùng \"Báo cáo hoàn thành\" kèm sản phẩm đầu ra.")]
    [InlineData(-1, "Tỷ lệ hoàn thành phải từ 0 đến 100%.")]
    public void Progress_must_be_below_one_hundred_percent(int percent, string message)
    {
        var error = Should.Throw<DomainException>(() => _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", percent, Reporter));

        error.Message.ShouldBe(message);
        _task.State.ShouldBe(TaskState.NotStarted);
        _task.Updates.ShouldBeEmpty();
    }

    [Fact]
    public void A_report_dated_before_the_task_was_assigned_is_refused()
    {
        var error = Should.Throw<DomainException>(() => _task.ReportProgress(NamDinh.SessionDay.AddDays(-1), "Đang triển khai.", 10, Reporter));

        error.Message.ShouldBe("Ngày báo cáo không được trước ngày giao nhiệm vụ.");
        _task.State.ShouldBe(TaskState.NotStarted);
        _task.Updates.ShouldBeEmpty();
    }

    [Fact]
    public void A_report_needs_a_narrative_and_a_reporter()
    {
        Should.Throw<DomainException>(() => _task.ReportProgress(new DateOnly(2021, 6, 15), " ", 10, Reporter))
            .Message.ShouldBe("Nội dung báo cáo không được để trống.");
        Should.Throw<DomainException>(() => _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", 10, " "))
            .Message.ShouldBe("Người báo cáo không được để trống.");
        _task.State.ShouldBe(TaskState.NotStarted);
    }

    [Fact]
    public void Reporting_done_awaits_the_offices_confirmation()
    {
        var reportedOn = new DateOnly(2021, 6, 28);

        var update = _task.ReportDone(reportedOn, "Đã hoàn thành tiêm vắc-xin đợt 1.", Output, Reporter);

        _task.State.ShouldBe(TaskState.AwaitingConfirmation);
        _task.IsOpen.ShouldBeTrue();
        _task.Percent.ShouldBe(100);
        _task.ReportedDoneOn.ShouldBe(reportedOn);
        _task.CompletedOn.ShouldBeNull();
        update.ReportsCompletion.ShouldBeTrue();
        update.OutputDocument.ShouldBe(Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reporting_done_needs_the_output_document(string output)
    {
        var error = Should.Throw<DomainException>(() => _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", output, Reporter));

        error.Message.ShouldBe("Báo cáo hoàn thành cần có sản phẩm đầu ra.");
        _task.State.ShouldBe(TaskState.NotStarted);
        _task.ReportedDoneOn.ShouldBeNull();
    }

    [Fact]
    public void Confirming_completes_the_task_on_the_day_it_was_reported_done()
    {
        var reportedOn = new DateOnly(2021, 6, 28);
        _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", 50, Reporter);
        _task.ReportDone(reportedOn, "Đã hoàn thành.", Output, Reporter);

        var review = _task.Confirm(new DateOnly(2021, 7, 5), Office);

        _task.State.ShouldBe(TaskState.Done);
        _task.IsOpen.ShouldBeFalse();
        _task.CompletedOn.ShouldBe(reportedOn);
        review.Accepted.ShouldBeTrue();
        review.ReviewedOn.ShouldBe(new DateOnly(2021, 7, 5));
        review.ReviewedBy.ShouldBe(Office);
        _task.Reviews.ShouldBe(new[] { review });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Returning_a_task_needs_a_reason(string? reason)
    {
        _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", Output, Reporter);

        var error = Should.Throw<DomainException>(() => _task.Return(new DateOnly(2021, 7, 1), Office, reason!));

        error.Message.ShouldBe("Cần nêu lý do trả lại nhiệm vụ.");
        _task.State.ShouldBe(TaskState.AwaitingConfirmation);
        _task.Reviews.ShouldBeEmpty();
    }

    [Fact]
    public void A_returned_task_goes_back_to_work()
    {
        _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", Output, Reporter);

        var review = _task.Return(new DateOnly(2021, 7, 1), Office, "Chưa có số liệu tiêm vắc-xin theo từng xã.");

        _task.State.ShouldBe(TaskState.InProgress);
        _task.ReportedDoneOn.ShouldBeNull();
        _task.CompletedOn.ShouldBeNull();
        review.Accepted.ShouldBeFalse();
        review.Reason.ShouldBe("Chưa có số liệu tiêm vắc-xin theo từng xã.");
    }

    [Fact]
    public void A_returned_task_completes_on_the_day_of_its_new_report()
    {
        _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", Output, Reporter);
        _task.Return(new DateOnly(2021, 7, 1), Office, "Chưa có số liệu theo từng xã.");
        _task.ReportDone(new DateOnly(2021, 7, 3), "Đã bổ sung số liệu theo từng xã.", Output, Reporter);

        _task.Confirm(new DateOnly(2021, 7, 5), Office);

        _task.CompletedOn.ShouldBe(new DateOnly(2021, 7, 3));
        _task.Reviews.Select(r => r.Accepted).ShouldBe(new[] { false, true });
    }

    [Fact]
    public void A_review_needs_the_reviewers_name()
    {
        _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", Output, Reporter);

        Should.Throw<DomainException>(() => _task.Confirm(new DateOnly(2021, 7, 1), " "))
            .Message.ShouldBe("Người xác nhận không được để trống.");
        _task.State.ShouldBe(TaskState.AwaitingConfirmation);
    }

    [Theory]
    [InlineData(TaskState.AwaitingConfirmation, "progress", "báo cáo tiến độ", "chờ xác nhận")]
    [InlineData(TaskState.Done, "progress", "báo cáo tiến độ", "đã hoàn thành")]
    [InlineData(TaskState.Suspended, "progress", "báo cáo tiến độ", "tạm dừng")]
    [InlineData(TaskState.AwaitingConfirmation, "done", "báo cáo hoàn thành", "chờ xác nhận")]
    [InlineData(TaskState.Done, "done", "báo cáo hoàn thành", "đã hoàn thành")]
    [InlineData(TaskState.Suspended, "done", "báo cáo hoàn thành", "tạm dừng")]
    [InlineData(TaskState.NotStarted, "confirm", "xác nhận hoàn thành", "chưa thực hiện")]
    [InlineData(TaskState.InProgress, "confirm", "xác nhận hoàn thành", "đang thực hiện")]
    [InlineData(TaskState.Done, "confirm", "xác nhận hoàn thành", "đã hoàn thành")]
    [InlineData(TaskState.Suspended, "confirm", "xác nhận hoàn thành", "tạm dừng")]
    [InlineData(TaskState.NotStarted, "return", "trả lại", "chưa thực hiện")]
    [InlineData(TaskState.InProgress, "return", "trả lại", "đang thực hiện")]
    [InlineData(TaskState.Done, "return", "trả lại", "đã hoàn thành")]
    [InlineData(TaskState.Suspended, "return", "trả lại", "tạm dừng")]
    [InlineData(TaskState.AwaitingConfirmation, "extend", "đề nghị gia hạn", "chờ xác nhận")]
    [InlineData(TaskState.Done, "extend", "đề nghị gia hạn", "đã hoàn thành")]
    [InlineData(TaskState.Suspended, "extend", "đề nghị gia hạn", "tạm dừng")]
    [InlineData(TaskState.NotStarted, "resume", "tiếp tục", "chưa thực hiện")]
    [InlineData(TaskState.InProgress, "resume", "tiếp tục", "đang thực hiện")]
    [InlineData(TaskState.AwaitingConfirmation, "resume", "tiếp tục", "chờ xác nhận")]
    [InlineData(TaskState.Done, "resume", "tiếp tục", "đã hoàn thành")]
    public void An_action_in_the_wrong_state_is_refused_with_a_Vietnamese_message(TaskState state, string action, string verb, string stateName)
    {
        BringTo(state);
        var day = new DateOnly(2021, 7, 10);
        Action act = action switch
        {
            "progress" => () => _task.ReportProgress(day, "Đang triển khai.", 50, Reporter),
            "done" => () => _task.ReportDone(day, "Đã hoàn thành.", Output, Reporter),
            "confirm" => () => _task.Confirm(day, Office),
            "return" => () => _task.Return(day, Office, "Chưa đạt yêu cầu."),
            "extend" => () => _task.RequestExtension(day, new DateOnly(2021, 7, 31), "Dịch bệnh phức tạp.", Reporter),
            _ => _task.Resume,
        };

        var error = Should.Throw<DomainException>(act);

        error.Message.ShouldBe($"Không thể {verb} khi nhiệm vụ đang ở trạng thái \"{stateName}\".");
        error.Field.ShouldBe(nameof(FollowUpTask.State));
        _task.State.ShouldBe(state);
    }

    [Theory]
    [InlineData(TaskState.NotStarted)]
    [InlineData(TaskState.InProgress)]
    [InlineData(TaskState.AwaitingConfirmation)]
    public void An_open_task_can_be_suspended(TaskState state)
    {
        BringTo(state);

        _task.Suspend();

        _task.State.ShouldBe(TaskState.Suspended);
        _task.IsOpen.ShouldBeFalse();
    }

    [Theory]
    [InlineData(TaskState.Done)]
    [InlineData(TaskState.Suspended)]
    public void Only_an_open_task_can_be_suspended(TaskState state)
    {
        BringTo(state);

        Should.Throw<DomainException>(_task.Suspend).Message.ShouldBe("Chỉ tạm dừng được nhiệm vụ chưa hoàn thành.");
        _task.State.ShouldBe(state);
    }

    [Fact]
    public void A_suspended_task_with_no_report_resumes_as_not_started()
    {
        _task.Suspend();

        _task.Resume();

        _task.State.ShouldBe(TaskState.NotStarted);
    }

    [Fact]
    public void A_suspended_task_with_reports_resumes_in_progress()
    {
        _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", 30, Reporter);
        _task.Suspend();

        _task.Resume();

        _task.State.ShouldBe(TaskState.InProgress);
    }

    [Fact]
    public void An_approved_extension_never_overwrites_the_original_deadline()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);

        _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");

        _task.OriginalDeadline.ShouldBe(Deadline);
        _task.CurrentDeadline.ShouldBe(new DateOnly(2021, 7, 15));
        extension.Status.ShouldBe(ExtensionStatus.Approved);
        extension.PreviousDeadline.ShouldBe(Deadline);
        extension.DecidedOn.ShouldBe(new DateOnly(2021, 6, 27));
        extension.DecidedBy.ShouldBe("Phạm Gia Túc");
    }

    [Fact]
    public void A_second_extension_starts_from_the_current_deadline_and_still_keeps_the_original()
    {
        var first = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(first, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");

        var second = _task.RequestExtension(new DateOnly(2021, 7, 10), new DateOnly(2021, 7, 31), "Chờ số liệu của các xã.", Reporter);
        _task.DecideExtension(second, approve: true, new DateOnly(2021, 7, 12), "Phạm Gia Túc");

        second.PreviousDeadline.ShouldBe(new DateOnly(2021, 7, 15));
        _task.CurrentDeadline.ShouldBe(new DateOnly(2021, 7, 31));
        _task.OriginalDeadline.ShouldBe(Deadline);
        _task.Extensions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_refused_extension_leaves_the_current_deadline()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);

        _task.DecideExtension(extension, approve: false, new DateOnly(2021, 6, 27), "Phạm Gia Túc", "Nhiệm vụ cấp bách, không gia hạn.");

        _task.CurrentDeadline.ShouldBe(Deadline);
        _task.OriginalDeadline.ShouldBe(Deadline);
        extension.Status.ShouldBe(ExtensionStatus.Refused);
        extension.DecisionNote.ShouldBe("Nhiệm vụ cấp bách, không gia hạn.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Refusing_an_extension_needs_a_reason(string? note)
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);

        var error = Should.Throw<DomainException>(() => _task.DecideExtension(extension, approve: false, new DateOnly(2021, 6, 27), "Phạm Gia Túc", note));

        error.Message.ShouldBe("Cần nêu lý do không đồng ý gia hạn.");
        extension.Status.ShouldBe(ExtensionStatus.Pending);
    }

    [Fact]
    public void An_extension_is_decided_only_once()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: false, new DateOnly(2021, 6, 27), "Phạm Gia Túc", "Không gia hạn.");

        Should.Throw<DomainException>(() => _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 28), "Phạm Gia Túc"))
            .Message.ShouldBe("Đề nghị gia hạn này đã được quyết định.");
        extension.Status.ShouldBe(ExtensionStatus.Refused);
        _task.CurrentDeadline.ShouldBe(Deadline);
    }

    [Theory]
    [InlineData("2021-06-30")]
    [InlineData("2021-06-20")]
    public void The_proposed_deadline_must_be_after_the_current_one(string proposed)
    {
        var error = Should.Throw<DomainException>(() => _task.RequestExtension(new DateOnly(2021, 6, 15), DateOnly.Parse(proposed), "Dịch bệnh.", Reporter));

        error.Message.ShouldBe("Thời hạn đề nghị phải sau thời hạn hiện tại.");
        _task.Extensions.ShouldBeEmpty();
    }

    [Fact]
    public void Only_one_extension_request_can_be_pending()
    {
        _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);

        Should.Throw<DomainException>(() => _task.RequestExtension(new DateOnly(2021, 6, 26), new DateOnly(2021, 7, 31), "Thêm thời gian.", Reporter))
            .Message.ShouldBe("Nhiệm vụ đang có một đề nghị gia hạn chờ duyệt.");
        _task.Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public void An_ongoing_task_has_no_deadline_to_extend()
    {
        var ongoing = NamDinh.Task(deadline: null);

        Should.Throw<DomainException>(() => ongoing.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh.", Reporter))
            .Message.ShouldBe("Nhiệm vụ thường xuyên không có thời hạn để gia hạn.");
    }

    [Fact]
    public void An_extension_request_needs_a_reason()
    {
        Should.Throw<DomainException>(() => _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), " ", Reporter))
            .Message.ShouldBe("Lý do gia hạn không được để trống.");
        _task.Extensions.ShouldBeEmpty();
    }

    [Fact]
    public void An_extension_of_another_task_cannot_be_decided_here()
    {
        var other = NamDinh.Task(Deadline);
        var foreign = other.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh.", Reporter);

        Should.Throw<DomainException>(() => _task.DecideExtension(foreign, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc"))
            .Message.ShouldBe("Đề nghị gia hạn không thuộc nhiệm vụ này.");
        foreign.Status.ShouldBe(ExtensionStatus.Pending);
        _task.CurrentDeadline.ShouldBe(Deadline);
    }

    [Theory]
    [InlineData("2021-06-29", true)]
    [InlineData("2021-06-30", true)]
    [InlineData("2021-07-01", false)]
    public void IsDoneOnTime_counts_against_the_original_deadline(string reportedDone, bool onTime)
    {
        Complete(_task, DateOnly.Parse(reportedDone));

        _task.IsDoneOnTime.ShouldBe(onTime);
    }

    [Fact]
    public void IsDoneOnTime_ignores_an_approved_extension()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");

        Complete(_task, new DateOnly(2021, 7, 10));

        _task.IsDoneOnTime.ShouldBeFalse();
    }

    [Fact]
    public void A_task_awaiting_confirmation_is_not_yet_done_on_time()
    {
        _task.ReportDone(new DateOnly(2021, 6, 20), "Đã hoàn thành.", Output, Reporter);

        _task.IsDoneOnTime.ShouldBeFalse();
    }

    [Fact]
    public void A_completed_ongoing_task_is_done_on_time()
    {
        var ongoing = NamDinh.Task(deadline: null);

        Complete(ongoing, new DateOnly(2022, 12, 31));

        ongoing.IsDoneOnTime.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2021-06-29", false)]
    [InlineData("2021-06-30", true)]
    [InlineData("2021-07-20", true)]
    public void WasDueBy_uses_the_original_deadline_even_after_an_extension(string date, bool due)
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 31), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");

        _task.WasDueBy(DateOnly.Parse(date)).ShouldBe(due);
    }

    [Fact]
    public void An_ongoing_task_is_never_due()
    {
        NamDinh.Task(deadline: null).WasDueBy(new DateOnly(2030, 1, 1)).ShouldBeFalse();
    }

    private static void Complete(FollowUpTask task, DateOnly reportedDone)
    {
        task.ReportDone(reportedDone, "Đã hoàn thành.", Output, Reporter);
        task.Confirm(reportedDone.AddDays(5), Office);
    }

    private void BringTo(TaskState state)
    {
        switch (state)
        {
            case TaskState.InProgress:
                _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", 30, Reporter);
                break;
            case TaskState.AwaitingConfirmation:
                _task.ReportDone(new DateOnly(2021, 6, 28), "Đã hoàn thành.", Output, Reporter);
                break;
            case TaskState.Done:
                Complete(_task, new DateOnly(2021, 6, 28));
                break;
            case TaskState.Suspended:
                _task.Suspend();
                break;
        }

        _task.State.ShouldBe(state);
    }
}
