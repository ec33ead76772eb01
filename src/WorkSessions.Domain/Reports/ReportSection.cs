using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

public sealed class ReportSection : Entity
{
    public const int HeadingMaxLength = 300;
    public const int BodyMaxLength = 20_000;

    private ReportSection()
    {
        Heading = string.Empty;
        Body = string.Empty;
        SearchKey = string.Empty;
    }

    internal ReportSection(string heading, string body, int order)
        : this()
    {
        Change(heading, body);
        Order = order;
    }

    public int UnitReportId { get; private set; }

    public string Heading { get; private set; }

    public string Body { get; private set; }

    public int Order { get; private set; }

    /// <summary>The folded heading and body, so that a search finds the session by what its report says.</summary>
    public string SearchKey { get; private set; }

    public void Change(string heading, string body)
    {
        var checkedHeading = Guard.Required(heading, nameof(Heading), "Tiêu đề mục", HeadingMaxLength);
        var checkedBody = Guard.Required(body, nameof(Body), "Nội dung mục", BodyMaxLength);
        Heading = checkedHeading;
        Body = checkedBody;
        SearchKey = VietnameseText.SearchKey(Heading, Body);
    }

    internal void MoveTo(int order) => Order = order;
}
