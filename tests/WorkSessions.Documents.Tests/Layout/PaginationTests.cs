using WorkSessions.Documents.Layout;
using static WorkSessions.Documents.Tests.Layout.TestDocuments;

namespace WorkSessions.Documents.Tests.Layout;

public class PaginationTests
{
    /// <summary>Filler that leaves a few lines free at the bottom of page 1.</summary>
    private static LayoutDocument NearlyFullFirstPage(PageNumbering? numbers = null)
    {
        // 257 mm of text height holds 40 lines of 18 pt; 36 lines leave room for about 4 more.
        var document = A4(numbers);
        document.Add(new Paragraph { LineSpacing = 18 }.Add(string.Join('\n', Enumerable.Range(1, 36).Select(i => $"filler{i:00}")), Body));
        return document;
    }

    private static Block[] SixLines() =>
        [.. Enumerable.Range(1, 6).Select(i => new Paragraph { LineSpacing = 18 }.Add($"keep{i}", Body))];

    [Fact]
    public void A_kept_together_group_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var pdf = new PrintedPdf(NearlyFullFirstPage().Add(new KeepTogether(SixLines())).ToPdf());

        pdf.PageCount.ShouldBe(2);
        pdf.Words.Where(w => w.Text.StartsWith("keep", StringComparison.Ordinal)).ShouldAllBe(w => w.Page == 2);
        pdf.Single("filler36").Page.ShouldBe(1);
    }

    [Fact]
    public void The_same_blocks_without_keep_together_split_across_the_pages()
    {
        var document = NearlyFullFirstPage();
        foreach (var block in SixLines())
        {
            document.Add(block);
        }

        var pdf = new PrintedPdf(document.ToPdf());

        pdf.Single("keep1").Page.ShouldBe(1);
        pdf.Single("keep6").Page.ShouldBe(2);
    }

    [Fact]
    public void A_row_keeps_its_columns_level_and_in_their_widths()
    {
        var row = new Row(
            new Column(ColumnWidth.Fraction(0.4), [Paragraph.Of("trái", Body)]),
            new Column(ColumnWidth.Rest, [Paragraph.Of("phải", Body, TextAlign.Right)]));
        var pdf = new PrintedPdf(A4().Add(row).ToPdf());

        var (left, right) = (pdf.Single("trái"), pdf.Single("phải"));
        left.BaselineMm.ShouldBe(right.BaselineMm, 0.01);
        left.StartX.ShouldBe(Left, 0.2);
        right.EndX.ShouldBe(210 - Right, 0.2);
    }

    [Fact]
    public void Columns_in_millimetres_start_where_the_previous_ends()
    {
        var row = new Row(
            new Column(ColumnWidth.Mm(50), [Paragraph.Of("một", Body)]),
            new Column(ColumnWidth.Mm(40), [Paragraph.Of("hai", Body)]),
            new Column(ColumnWidth.Rest, [Paragraph.Of("ba", Body)]));
        var pdf = new PrintedPdf(A4().Add(row).ToPdf());

        pdf.Single("hai").StartX.ShouldBe(Left + 50, 0.2);
        pdf.Single("ba").StartX.ShouldBe(Left + 90, 0.2);
    }

    [Fact]
    public void Page_numbers_start_on_page_two_centred_in_the_top_margin()
    {
        var pdf = new PrintedPdf(A4(new PageNumbering(2, 14)).Add(Paragraph.Of(NumberedWords(1200), Body)).ToPdf());

        pdf.PageCount.ShouldBeGreaterThanOrEqualTo(3);
        pdf.OnPage(1).ShouldAllBe(w => w.Top >= Top);
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            var number = pdf.OnPage(page).Single(w => w.Bottom < Top);
            number.Text.ShouldBe(page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            number.CentreX.ShouldBe(Left + ((210 - Left - Right) / 2), 0.5);
            ((number.Top + number.Bottom) / 2).ShouldBe(Top / 2, 2);
        }
    }

    [Fact]
    public void Nothing_but_page_numbers_is_drawn_in_the_margins()
    {
        var document = A4(new PageNumbering(2, 14))
            .Add(Paragraph.Of("ĐẢNG CỘNG SẢN VIỆT NAM", new TextStyle(15).AsBold(), TextAlign.Center))
            .Add(new Rule { UnderTextAbove = true })
            .Add(Justified(string.Join(' ', Enumerable.Repeat("Ộ Ậ Ỷ gỵ Phạm Túc Quảng", 400)), indentMm: 10));
        var pdf = new PrintedPdf(document.ToPdf());

        pdf.PageCount.ShouldBeGreaterThan(2);
        var text = pdf.Words.Where(w => !(w.Page > 1 && w.Bottom < Top && int.TryParse(w.Text, out _))).ToList();
        text.ShouldAllBe(w => w.Left >= Left - 0.01 && w.Right <= 210 - Right + 0.01 && w.Top >= Top - 0.01 && w.Bottom <= 297 - Bottom + 0.01);
    }
}
