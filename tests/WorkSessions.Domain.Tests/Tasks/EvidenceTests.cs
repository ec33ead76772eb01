using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Domain.Tests.Tasks;

public class EvidenceTests
{
    private static Attachment File(AttachmentKind kind, string name = "Báo cáo.pdf") =>
        new(1, kind, name, FileFormat.Pdf, 1024, new string('a', 64), new string('b', 32), new DateTime(2021, 7, 15, 3, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_completion_report_keeps_its_evidence_files_in_order()
    {
        var task = NamDinh.Task(new DateOnly(2021, 7, 31));

        var update = task.ReportDone(new DateOnly(2021, 7, 15), "Đã kiện toàn đủ các chức danh.", "Báo cáo số 45-BC/HU", "Văn phòng Huyện ủy",
            [File(AttachmentKind.Evidence, "Báo cáo.pdf"), File(AttachmentKind.Evidence, "Nghị quyết.pdf")]);

        update.Evidence.Select(f => f.FileName).ShouldBe(["Báo cáo.pdf", "Nghị quyết.pdf"]);
        task.State.ShouldBe(TaskState.AwaitingConfirmation);
    }

    [Fact]
    public void A_session_file_is_not_taken_as_evidence_and_the_report_is_not_made()
    {
        var task = NamDinh.Task(new DateOnly(2021, 7, 31));

        Should.Throw<DomainException>(() => task.ReportProgress(new DateOnly(2021, 7, 1), "Đang thực hiện.", 30, "Văn phòng Huyện ủy", [File(AttachmentKind.Photo)]))
            .Field.ShouldBe(nameof(ProgressUpdate.Evidence));
        task.Updates.ShouldBeEmpty();
        task.State.ShouldBe(TaskState.NotStarted);
    }
}
