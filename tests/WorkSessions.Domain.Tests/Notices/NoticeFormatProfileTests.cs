using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Domain.Tests.Notices;

public class NoticeFormatProfileTests
{
    [Theory]
    [InlineData(2020, "2020-2025")]
    [InlineData(2021, "2020-2025")]
    [InlineData(2024, "2020-2025")]
    [InlineData(2025, "2025-2030")]
    [InlineData(2019, "2015-2020")]
    public void Per_term_numbering_counts_within_the_committee_term(int year, string period) =>
        NoticeFormat.Guidance2018.NumberingPeriod(new DateOnly(year, 6, 10)).ShouldBe(period);

    [Fact]
    public void Per_year_numbering_restarts_each_year() =>
        (NoticeFormat.Guidance2018 with { NumberingScope = NumberingScope.Year })
            .NumberingPeriod(new DateOnly(2021, 6, 10)).ShouldBe("2021");

    [Fact]
    public void The_2026_revision_differs_only_in_recipients_and_line_spacing()
    {
        var revised = NoticeFormat.Guidance2026;

        revised.RecipientSeparator.ShouldBe(";");
        (revised with { RecipientSeparator = ",", LineSpacing = NoticeFormat.Guidance2018.LineSpacing }).ShouldBe(NoticeFormat.Guidance2018);
    }

    [Fact]
    public void The_profile_in_effect_is_the_latest_started_on_or_before_the_day()
    {
        var p2018 = new NoticeFormatProfile("Hướng dẫn 36-HD/VPTW (2018)", new DateOnly(2018, 4, 3), NoticeFormat.Guidance2018);
        var p2026 = new NoticeFormatProfile("Hướng dẫn 05-HD/VPTW (2026)", new DateOnly(2026, 3, 1), NoticeFormat.Guidance2026);
        NoticeFormatProfile[] profiles = [p2026, p2018];

        NoticeFormatProfile.InEffectOn(profiles, new DateOnly(2021, 6, 10)).ShouldBeSameAs(p2018);
        NoticeFormatProfile.InEffectOn(profiles, new DateOnly(2026, 3, 1)).ShouldBeSameAs(p2026);
        NoticeFormatProfile.InEffectOn(profiles, new DateOnly(2017, 1, 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData(nameof(NoticeFormat.MarginLeft), "Lề trái phải từ 5 đến 60.")]
    [InlineData(nameof(NoticeFormat.BodyFontSize), "Cỡ chữ nội dung phải từ 8 đến 24.")]
    [InlineData(nameof(NoticeFormat.LineSpacing), "Khoảng cách dòng phải từ 14 đến 42.")]
    [InlineData(nameof(NoticeFormat.DirectiveNumberPattern), "Mẫu đánh số ý kiến chỉ đạo phải chứa {0} (vị trí của số), ví dụ \"{0}.\".")]
    [InlineData(nameof(NoticeFormat.RecipientSeparator), "Dấu ngăn cách nơi nhận phải có từ 1 đến 3 ký tự.")]
    public void Measures_that_cannot_make_a_page_are_refused_and_nothing_changes(string field, string message)
    {
        var profile = new NoticeFormatProfile("Hướng dẫn 36-HD/VPTW (2018)", new DateOnly(2018, 4, 3), NoticeFormat.Guidance2018);
        var bad = field switch
        {
            nameof(NoticeFormat.MarginLeft) => NoticeFormat.Guidance2018 with { MarginLeft = 0 },
            nameof(NoticeFormat.BodyFontSize) => NoticeFormat.Guidance2018 with { BodyFontSize = 40 },
            nameof(NoticeFormat.LineSpacing) => NoticeFormat.Guidance2018 with { LineSpacing = 10 },
            nameof(NoticeFormat.DirectiveNumberPattern) => NoticeFormat.Guidance2018 with { DirectiveNumberPattern = "Điều." },
            _ => NoticeFormat.Guidance2018 with { RecipientSeparator = " " },
        };

        var error = Should.Throw<DomainException>(() => profile.Change("Mẫu mới", new DateOnly(2026, 1, 1), bad));

        error.Message.ShouldBe(message);
        error.Field.ShouldBe(field);
        profile.Name.ShouldBe("Hướng dẫn 36-HD/VPTW (2018)");
        profile.Format.ShouldBe(NoticeFormat.Guidance2018);
    }
}
