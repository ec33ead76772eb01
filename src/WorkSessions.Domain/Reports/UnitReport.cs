using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

/// <summary>The host unit's report to the session: the period it covers, its sections and its figures.</summary>
public sealed class UnitReport : Entity
{
    public const int TitleMaxLength = 300;
    public const int PeriodCoveredMaxLength = 200;

    private readonly List<ReportSection> _sections = [];
    private readonly List<Indicator> _indicators = [];

    private UnitReport()
    {
        Title = string.Empty;
        PeriodCovered = string.Empty;
    }

    internal UnitReport(string title, string periodCovered)
        : this()
    {
        Change(title, periodCovered);
    }

    public int WorkSessionId { get; private set; }

    public string Title { get; private set; }

    /// <summary>As the report words it: "Năm 2020 và 5 tháng đầu năm 2021".</summary>
    public string PeriodCovered { get; private set; }

    public IReadOnlyList<ReportSection> Sections => [.. _sections.Where(s => !s.IsDeleted).OrderBy(s => s.Order)];

    public IReadOnlyList<Indicator> Indicators => [.. _indicators.Where(i => !i.IsDeleted).OrderBy(i => i.Order)];

    public void Change(string title, string periodCovered)
    {
        var checkedTitle = Guard.Required(title, nameof(Title), "Tên báo cáo", TitleMaxLength);
        var checkedPeriod = Guard.Required(periodCovered, nameof(PeriodCovered), "Thời kỳ báo cáo", PeriodCoveredMaxLength);
        Title = checkedTitle;
        PeriodCovered = checkedPeriod;
    }

    public ReportSection AddSection(string heading, string body)
    {
        var section = new ReportSection(heading, body, Sections.Count + 1);
        _sections.Add(section);
        return section;
    }

    public Indicator AddIndicator(string name, Figure value, string unitOfMeasure, Figure? target = null, string? note = null)
    {
        var indicator = new Indicator(name, value, unitOfMeasure, target, note, Indicators.Count + 1);
        _indicators.Add(indicator);
        return indicator;
    }

    public void RemoveSection(ReportSection section, DateTime utcNow)
    {
        Own(Sections, section).MarkDeleted(utcNow);
        ArrangeSections(Sections);
    }

    public void RemoveIndicator(Indicator indicator, DateTime utcNow)
    {
        Own(Indicators, indicator).MarkDeleted(utcNow);
        ArrangeIndicators(Indicators);
    }

    public void ArrangeSections(IReadOnlyList<ReportSection> order) =>
        Ordering.Arrange(Sections, order, (s, n) => s.MoveTo(n), nameof(Sections));

    public void ArrangeIndicators(IReadOnlyList<Indicator> order) =>
        Ordering.Arrange(Indicators, order, (i, n) => i.MoveTo(n), nameof(Indicators));

    private static T Own<T>(IReadOnlyList<T> items, T item) => items.Contains(item)
        ? item
        : throw new DomainException("Mục không thuộc báo cáo này.", nameof(Sections));
}
