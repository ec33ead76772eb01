using WorkSessions.Domain.Reports;
using Xunit.Abstractions;

namespace WorkSessions.Domain.Tests.Reports;

/// <summary>
/// Figures typed as clerks type them from Vietnamese reports, and the ways they are typed wrong.
/// A reading is right only when it is the number a Vietnamese reader means; a text that reads
/// another way must be refused, never guessed.
/// </summary>
public class VietnameseNumberTests(ITestOutputHelper output)
{
    /// <summary>Text as typed; the number and qualifier meant, or null where the text must be refused.</summary>
    private static readonly (string Text, string? Number, FigureQualifier? Qualifier, string? Shown)[] Corpus =
    [
        ("181", "181", null, "181"),
        ("4,7", "4.7", null, "4,7"),
        ("1.234,5", "1234.5", null, "1.234,5"),
        ("-2,3", "-2.3", null, "-2,3"),
        ("−2,3", "-2.3", null, "-2,3"),
        ("+4,7", "4.7", FigureQualifier.Plus, "+4,7"),
        ("trên 181", "181", FigureQualifier.Over, "trên 181"),
        ("Trên 181", "181", FigureQualifier.Over, "trên 181"),
        ("gần 4,7", "4.7", FigureQualifier.Nearly, "gần 4,7"),
        ("khoảng 1.200", "1200", FigureQualifier.About, "khoảng 1.200"),
        ("đạt 95,2", "95.2", FigureQualifier.Reached, "đạt 95,2"),
        ("vượt 12", "12", FigureQualifier.Exceeded, "vượt 12"),
        ("hơn 300", "300", FigureQualifier.MoreThan, "hơn 300"),
        ("xấp xỉ 7,5", "7.5", FigureQualifier.Approximately, "xấp xỉ 7,5"),
        ("tăng 8,02", "8.02", FigureQualifier.Up, "tăng 8,02"),
        ("giảm 0,5", "0.5", FigureQualifier.Down, "giảm 0,5"),
        ("1.248", "1248", null, "1.248"),
        ("1248", "1248", null, "1.248"),
        ("12.345.678", "12345678", null, "12.345.678"),
        ("0,125", "0.125", null, "0,125"),
        ("0", "0", null, "0"),
        ("  223  ", "223", null, "223"),
        ("trên  181", "181", FigureQualifier.Over, "trên 181"),
        ("trên\u00a0181", "181", FigureQualifier.Over, "trên 181"),
        ("1.234", "1234", null, "1.234"),
        ("1,234", "1.234", null, "1,234"),
        ("99.999.999.999.999,9999", "99999999999999.9999", null, "99.999.999.999.999,9999"),
        ("tre\u0302n 181", "181", FigureQualifier.Over, "trên 181"),

        // Read another way by a Vietnamese reader, or not a figure at all: refused.
        ("4.7", null, null, null),
        ("0.25", null, null, null),
        ("1,234.5", null, null, null),
        ("1.23", null, null, null),
        ("1.2345", null, null, null),
        ("1.234.5", null, null, null),
        ("4,7 %", null, null, null),
        ("181 tỉ đồng", null, null, null),
        ("223/224", null, null, null),
        ("tren 181", null, null, null),
        ("trên181", null, null, null),
        ("trên +5", null, null, null),
        ("abc", null, null, null),
        ("0,12345", null, null, null),
        ("100.000.000.000.000", null, null, null),
        ("4,", null, null, null),
        (",5", null, null, null),
        ("- ", null, null, null),
    ];

    [Fact]
    public void Every_figure_of_the_corpus_reads_as_a_Vietnamese_reader_means_it_and_every_other_text_is_refused()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        int read = 0, right = 0, meant = 0, found = 0;
        var wrong = new List<string>();
        foreach (var (text, number, qualifier, shown) in Corpus)
        {
            var reading = VietnameseNumber.Read(text);
            var expected = number is null ? (Figure?)null : new Figure(decimal.Parse(number, invariant), qualifier);
            meant += expected is null ? 0 : 1;
            if (reading.Figure is { } figure)
            {
                read++;
                var correct = expected == figure && VietnameseNumber.Format(figure) == shown;
                right += correct ? 1 : 0;
                found += correct ? 1 : 0;
                if (!correct)
                {
                    wrong.Add($"'{text}' read as {figure.Number.ToString(invariant)} {figure.Qualifier} shown '{VietnameseNumber.Format(figure)}'");
                }
            }
            else if (expected is not null)
            {
                wrong.Add($"'{text}' refused ({reading.Problem}) but means {number}");
            }
        }

        var precision = read == 0 ? 0 : (double)right / read;
        var recall = meant == 0 ? 0 : (double)found / meant;
        output.WriteLine($"figures: {Corpus.Length} texts, {meant} figures; precision {precision:P1} ({right}/{read}), recall {recall:P1} ({found}/{meant})");
        wrong.ShouldBeEmpty();
        precision.ShouldBe(1.0);
        recall.ShouldBe(1.0);
    }

    [Theory]
    [InlineData("", FigureProblem.Empty)]
    [InlineData("   ", FigureProblem.Empty)]
    [InlineData("4.7", FigureProblem.DecimalPoint)]
    [InlineData("1,234.5", FigureProblem.DecimalPoint)]
    [InlineData("1,234,567", FigureProblem.DecimalPoint)]
    [InlineData("4,7 %", FigureProblem.TextAfterNumber)]
    [InlineData("trên 181 tỉ đồng", FigureProblem.TextAfterNumber)]
    [InlineData("0,12345", FigureProblem.TooManyDecimals)]
    [InlineData("100.000.000.000.000", FigureProblem.TooLarge)]
    [InlineData("khoảng chừng", FigureProblem.NotAFigure)]
    public void A_refusal_says_why(string text, FigureProblem problem) =>
        VietnameseNumber.Read(text).Problem.ShouldBe(problem);

    [Theory]
    [InlineData("4.7000", "4,7")]
    [InlineData("1234567.8900", "1.234.567,89")]
    [InlineData("-1000", "-1.000")]
    [InlineData("999", "999")]
    public void A_stored_number_is_shown_with_every_decimal_it_has_and_none_added(string stored, string shown) =>
        VietnameseNumber.Format(decimal.Parse(stored, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(shown);
}
