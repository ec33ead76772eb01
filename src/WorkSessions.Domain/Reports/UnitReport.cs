using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

/// <summary>The host unit's report to the session: the period it covers, its sections and its figures.</summary>
public sealed class UnitReport : Entity
{
    private readonly List<ReportSection> _sections = [];
    private readonly List<Indicator> _indicators = [];

    private UnitReport()
    {
        Title = string.Empty;
        PeriodCovered = string.Empty;
    }

    internal UnitReport(string title, string periodCovered)
    {
        Title = Guard.Required(title, nameof(Title), "Tên báo cáo", 300);
        PeriodCovered = Guard.Required(periodCovered, nameof(PeriodCovered), "Thời kỳ báo cáo", 200);
    }

    public int WorkSessionId { get; private set; }

    public string Title { get; private set; }

    /// <summary>As the report words it: "Năm 2020 và 5 tháng đầu năm 2021".</summary>
    public string PeriodCovered { get; private set; }

    public IReadOnlyList<ReportSection> Sections => [.. _sections.Where(s => !s.IsDeleted).OrderBy(s => s.Order)];

    public IReadOnlyList<Indicator> Indicators => [.. _indicators.Where(i => !i.IsDeleted).OrderBy(i => i.Order)];

    public ReportSection AddSection(string heading, string body)
    {
        var section = new ReportSection(heading, body, Sections.Count + 1);
        _sections.Add(section);
        return section;
    }

    public Indicator AddIndicator(string name, decimal value, string unitOfMeasure, decimal? target = null, string? note = null)
    {
        var indicator = new Indicator(name, value, unitOfMeasure, target, note, Indicators.Count + 1);
        _indicators.Add(indicator);
        return indicator;
    }

    public void RemoveIndicator(Indicator indicator, DateTime utcNow)
    {
        indicator.MarkDeleted(utcNow);
        var order = 1;
        foreach (var remaining in Indicators)
        {
            remaining.MoveTo(order++);
        }
    }
}
