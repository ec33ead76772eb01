using WorkSessions.Domain.Common;
using WorkSessions.Domain.Reports;

namespace WorkSessions.Domain.Tests.Reports;

public class UnitReportTests
{
    private static readonly DateTime RemovedAtUtc = new(2021, 6, 9, 2, 0, 0, DateTimeKind.Utc);

    private readonly UnitReport _report = NamDinh.Session().AttachReport(
        "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2020 và 5 tháng đầu năm 2021",
        "Năm 2020 và 5 tháng đầu năm 2021");

    [Fact]
    public void A_report_needs_a_title_and_the_period_it_covers()
    {
        Should.Throw<DomainException>(() => NamDinh.Session().AttachReport(" ", "Năm 2020"))
            .Message.ShouldBe("Tên báo cáo không được để trống.");
        Should.Throw<DomainException>(() => NamDinh.Session().AttachReport("Báo cáo", " "))
            .Message.ShouldBe("Thời kỳ báo cáo không được để trống.");
    }

    [Fact]
    public void An_indicator_keeps_its_value_and_target()
    {
        var f1 = _report.AddIndicator("F1 đã hoàn thành cách ly tập trung", 223, "người", 224);

        f1.Value.ShouldBe(223m);
        f1.Target.ShouldBe(224m);
        f1.UnitOfMeasure.ShouldBe("người");
        f1.Order.ShouldBe(1);
    }

    [Fact]
    public void An_indicator_keeps_a_negative_change_and_the_word_before_each_figure()
    {
        var growth = _report.AddIndicator("Tăng trưởng công nghiệp", -2.3m, "%", new Figure(5m, FigureQualifier.Over));
        var budget = _report.AddIndicator("Thu ngân sách", new Figure(181m, FigureQualifier.Over), "tỉ đồng");

        growth.ValueFigure.ShouldBe(new Figure(-2.3m));
        growth.TargetFigure.ShouldBe(new Figure(5m, FigureQualifier.Over));
        budget.Value.ShouldBe(181m);
        budget.ValueQualifier.ShouldBe(FigureQualifier.Over);
        budget.TargetFigure.ShouldBeNull();
    }

    [Theory]
    [InlineData("0.12345", null, "Value", "Số liệu chỉ ghi tối đa 4 chữ số sau dấu phẩy.")]
    [InlineData("1", "100000000000000", "Target", "Số liệu quá lớn: tối đa 14 chữ số trước dấu phẩy.")]
    public void A_figure_the_database_would_round_or_overflow_is_refused(string value, string? target, string field, string message)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var refused = Should.Throw<DomainException>(() =>
            _report.AddIndicator("Hộ nghèo", decimal.Parse(value, invariant), "hộ", target is null ? null : decimal.Parse(target, invariant)));
        refused.Message.ShouldBe(message);
        refused.Field.ShouldBe(field);
        _report.Indicators.ShouldBeEmpty();
    }

    [Fact]
    public void Removing_an_indicator_keeps_the_others_numbered_one_to_n()
    {
        _report.AddIndicator("Tốc độ tăng trưởng kinh tế", 7.2m, "%");
        var removed = _report.AddIndicator("Thu ngân sách trên địa bàn", 412.5m, "tỷ đồng");
        _report.AddIndicator("F1 đã hoàn thành cách ly tập trung", 223, "người", 224);

        _report.RemoveIndicator(removed, RemovedAtUtc);

        _report.Indicators.Select(i => i.Order).ShouldBe(new[] { 1, 2 });
        _report.Indicators.Select(i => i.Name).ShouldBe(new[] { "Tốc độ tăng trưởng kinh tế", "F1 đã hoàn thành cách ly tập trung" });
    }

    [Fact]
    public void Sections_are_numbered_in_the_order_they_were_added()
    {
        _report.AddSection("Công tác xây dựng Đảng", "Kết quả công tác xây dựng Đảng năm 2020.");
        _report.AddSection("Phát triển kinh tế - xã hội", "Tốc độ tăng trưởng đạt 7,2%.");

        _report.Sections.Select(s => s.Order).ShouldBe(new[] { 1, 2 });
        _report.Sections[1].Heading.ShouldBe("Phát triển kinh tế - xã hội");
    }
}
