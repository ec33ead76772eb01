using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

public sealed class ReportSection : Entity
{
    private ReportSection()
    {
        Heading = string.Empty;
        Body = string.Empty;
    }

    internal ReportSection(string heading, string body, int order)
    {
        Heading = Guard.Required(heading, nameof(Heading), "Tiêu đề mục", 300);
        Body = Guard.Required(body, nameof(Body), "Nội dung mục", 20000);
        Order = order;
    }

    public int UnitReportId { get; private set; }

    public string Heading { get; private set; }

    public string Body { get; private set; }

    public int Order { get; private set; }
}
