using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tasks;

/// <summary>A dated report by the lead unit on a task (báo cáo tiến độ).</summary>
public sealed class ProgressUpdate : Entity
{
    public const int NarrativeMaxLength = 8000;
    public const int OutputDocumentMaxLength = 500;

    private readonly List<Attachment> _evidence = [];

    private ProgressUpdate()
    {
        Narrative = string.Empty;
        ReportedBy = string.Empty;
    }

    internal ProgressUpdate(DateOnly reportedOn, string narrative, int percent, string reportedBy, bool reportsCompletion, string? outputDocument)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException("Tỷ lệ hoàn thành phải từ 0 đến 100%.", nameof(Percent));
        }

        ReportedOn = reportedOn;
        Narrative = Guard.Required(narrative, nameof(Narrative), "Nội dung báo cáo", NarrativeMaxLength);
        Percent = percent;
        ReportedBy = Guard.Required(reportedBy, nameof(ReportedBy), "Người báo cáo", 100);
        ReportsCompletion = reportsCompletion;
        OutputDocument = Guard.Optional(outputDocument, nameof(OutputDocument), "Sản phẩm đầu ra", OutputDocumentMaxLength);
    }

    public int FollowUpTaskId { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public string Narrative { get; private set; }

    public int Percent { get; private set; }

    public string ReportedBy { get; private set; }

    /// <summary>True when the unit reports the task done; the office must then confirm it.</summary>
    public bool ReportsCompletion { get; private set; }

    /// <summary>The output document that proves completion ("Báo cáo số 45-BC/HU …").</summary>
    public string? OutputDocument { get; private set; }

    /// <summary>The files sent with the report (file minh chứng).</summary>
    public IReadOnlyList<Attachment> Evidence => _evidence;

    internal void AddEvidence(IEnumerable<Attachment>? files)
    {
        foreach (var file in files ?? [])
        {
            if (file.Kind != AttachmentKind.Evidence)
            {
                throw new DomainException("Tệp minh chứng phải được đánh dấu là minh chứng.", nameof(Evidence));
            }

            _evidence.Add(file);
        }
    }
}
