using WorkSessions.Domain.Tasks;

namespace WorkSessions.Domain.Tests.Tasks;

public class TimePositionTests
{
    private const string Reporter = "Văn phòng Huyện ủy Trực Ninh";
    private const string Office = "Văn phòng Tỉnh ủy";
    private const string Output = "Báo cáo số 45-BC/HU của Huyện ủy Trực Ninh";

    private static readonly DateOnly Deadline = new(2021, 6, 30);

    private readonly FollowUpTask _task = NamDinh.Task(Deadline);

    [Theory]
    [InlineData(22, TimePosition.OnTime)]
    [InlineData(4, TimePosition.OnTime)]
    [InlineData(3, TimePosition.DueSoon)]
    [InlineData(1, TimePosition.DueSoon)]
    [InlineData(0, TimePosition.DueSoon)]
    [InlineData(-1, TimePosition.Overdue)]
    [InlineData(-365, TimePosition.Overdue)]
    public void An_open_task_is_placed_by_the_days_left_to_its_deadline(int daysLeft, TimePosition expected)
    {
        _task.PositionOn(Deadline.AddDays(-daysLeft)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(TaskState.InProgress)]
    [InlineData(TaskState.AwaitingConfirmation)]
    public void A_task_not_yet_confirmed_is_placed_like_an_open_one(TaskState state)
    {
        if (state == TaskState.InProgress)
        {
            _task.ReportProgress(new DateOnly(2021, 6, 15), "Đang triển khai.", 50, Reporter);
        }
        else
        {
            _task.ReportDone(new DateOnly(2021, 6, 15), "Đã hoàn thành.", Output, Reporter);
        }

        _task.PositionOn(Deadline.AddDays(-3)).ShouldBe(TimePosition.DueSoon);
        _task.PositionOn(Deadline.AddDays(1)).ShouldBe(TimePosition.Overdue);
    }

    [Theory]
    [InlineData("2021-06-08")]
    [InlineData("2021-06-30")]
    [InlineData("2030-01-01")]
    public void A_task_without_a_deadline_has_no_time_position(string today)
    {
        var ongoing = NamDinh.Task(deadline: null);

        ongoing.PositionOn(DateOnly.Parse(today)).ShouldBe(TimePosition.NoDeadline);
    }

    [Theory]
    [InlineData("2021-06-30", "2021-06-27", TimePosition.OnTime)]
    [InlineData("2021-06-30", "2022-06-30", TimePosition.OnTime)]
    [InlineData("2021-06-29", "2021-06-29", TimePosition.OnTime)]
    [InlineData("2021-07-01", "2021-07-01", TimePosition.Overdue)]
    [InlineData("2021-07-01", "2022-06-30", TimePosition.Overdue)]
    public void A_done_task_is_on_time_if_reported_done_by_the_deadline_whatever_the_day_it_is_read(string reportedDone, string today, TimePosition expected)
    {
        _task.ReportDone(DateOnly.Parse(reportedDone), "Đã hoàn thành.", Output, Reporter);
        _task.Confirm(DateOnly.Parse(reportedDone).AddDays(3), Office);

        _task.PositionOn(DateOnly.Parse(today)).ShouldBe(expected);
    }

    [Fact]
    public void An_approved_extension_moves_the_position_to_the_new_deadline()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");

        _task.PositionOn(Deadline.AddDays(1)).ShouldBe(TimePosition.OnTime);
        _task.PositionOn(new DateOnly(2021, 7, 12)).ShouldBe(TimePosition.DueSoon);
        _task.PositionOn(new DateOnly(2021, 7, 16)).ShouldBe(TimePosition.Overdue);
    }

    [Fact]
    public void A_task_done_within_an_approved_extension_is_on_time_but_late_for_reports()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: true, new DateOnly(2021, 6, 27), "Phạm Gia Túc");
        _task.ReportDone(new DateOnly(2021, 7, 10), "Đã hoàn thành.", Output, Reporter);
        _task.Confirm(new DateOnly(2021, 7, 12), Office);

        _task.PositionOn(new DateOnly(2021, 8, 1)).ShouldBe(TimePosition.OnTime);
        _task.IsDoneOnTime.ShouldBeFalse();
    }

    [Fact]
    public void A_refused_extension_leaves_the_task_overdue_after_its_deadline()
    {
        var extension = _task.RequestExtension(new DateOnly(2021, 6, 25), new DateOnly(2021, 7, 15), "Dịch bệnh diễn biến phức tạp.", Reporter);
        _task.DecideExtension(extension, approve: false, new DateOnly(2021, 6, 27), "Phạm Gia Túc", "Không gia hạn.");

        _task.PositionOn(Deadline.AddDays(1)).ShouldBe(TimePosition.Overdue);
    }

    [Theory]
    [InlineData(7, 8, TimePosition.OnTime)]
    [InlineData(7, 7, TimePosition.DueSoon)]
    [InlineData(7, 0, TimePosition.DueSoon)]
    [InlineData(0, 1, TimePosition.OnTime)]
    [InlineData(0, 0, TimePosition.DueSoon)]
    [InlineData(0, -1, TimePosition.Overdue)]
    public void The_due_soon_threshold_can_be_set(int dueSoonDays, int daysLeft, TimePosition expected)
    {
        _task.PositionOn(Deadline.AddDays(-daysLeft), dueSoonDays).ShouldBe(expected);
    }
}
