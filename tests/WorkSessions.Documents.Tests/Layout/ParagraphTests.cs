using WorkSessions.Documents.Layout;
using static WorkSessions.Documents.Tests.Layout.TestDocuments;

namespace WorkSessions.Documents.Tests.Layout;

public class ParagraphTests
{
    private const double TextWidthMm = 210 - Left - Right;
    private const double HalfPointMm = 0.5 / PrintedPdf.PtPerMm;

    private static readonly string Vietnamese =
        "Tiếp tục tăng cường công tác xây dựng Đảng trên các lĩnh vực chính trị, tư tưởng, tổ chức và đạo đức; đẩy mạnh phát triển Đảng trong doanh nghiệp, nhất là doanh nghiệp tư nhân. Tăng cường sự lãnh đạo của Đảng, chú trọng thực hiện hiệu quả công tác kiểm tra, giám sát, thực hành tiết kiệm, chống lãng phí.";

    [Fact]
    public void Justified_lines_fill_the_column_except_the_last()
    {
        var pdf = new PrintedPdf(A4().Add(Justified(Vietnamese)).ToPdf());

        var lines = pdf.Lines(1);
        lines.Count.ShouldBeGreaterThan(2);
        foreach (var line in lines[..^1])
        {
            line[0].StartX.ShouldBe(Left, HalfPointMm);
            line[^1].EndX.ShouldBe(Left + TextWidthMm, HalfPointMm, string.Join(' ', line.Select(w => w.Text)));
        }

        lines[^1][^1].EndX.ShouldBeLessThan(Left + TextWidthMm - 5);
    }

    [Fact]
    public void First_line_is_indented_and_the_others_are_not()
    {
        var pdf = new PrintedPdf(A4().Add(Justified(Vietnamese, indentMm: 10)).ToPdf());

        var lines = pdf.Lines(1);
        lines[0][0].StartX.ShouldBe(Left + 10, HalfPointMm);
        lines[0][^1].EndX.ShouldBe(Left + TextWidthMm, HalfPointMm);
        lines.Skip(1).ShouldAllBe(l => Math.Abs(l[0].StartX - Left) < HalfPointMm);
    }

    [Fact]
    public void Lines_are_one_line_spacing_apart()
    {
        var pdf = new PrintedPdf(A4().Add(Justified(Vietnamese)).ToPdf());

        var baselines = pdf.Lines(1).Select(l => l[0].BaselineMm).ToList();
        for (var i = 1; i < baselines.Count; i++)
        {
            (baselines[i] - baselines[i - 1]).ShouldBe(18 / PrintedPdf.PtPerMm, 0.05);
        }
    }

    [Theory]
    [InlineData(TextAlign.Left)]
    [InlineData(TextAlign.Center)]
    [InlineData(TextAlign.Right)]
    public void Short_lines_sit_left_centred_or_right(TextAlign align)
    {
        var pdf = new PrintedPdf(A4().Add(Paragraph.Of("Nơi nhận", Body, align)).ToPdf());

        var line = pdf.Lines(1).Single();
        var (start, end) = (line[0].StartX, line[^1].EndX);
        switch (align)
        {
            case TextAlign.Left:
                start.ShouldBe(Left, HalfPointMm);
                break;
            case TextAlign.Right:
                end.ShouldBe(210 - Right, HalfPointMm);
                break;
            default:
                ((start + end) / 2).ShouldBe(Left + (TextWidthMm / 2), HalfPointMm);
                break;
        }
    }

    [Fact]
    public void Runs_keep_their_styles_within_a_line()
    {
        var paragraph = new Paragraph().Add("thường ", Body).Add("đậm ", Body.AsBold()).Add("nghiêng", Body.AsItalic());
        var pdf = new PrintedPdf(A4().Add(paragraph).ToPdf());

        pdf.Single("thường").FontName.ShouldNotContain("Bold");
        pdf.Single("đậm").FontName.ShouldContain("Bold");
        pdf.Single("nghiêng").FontName.ShouldContain("Italic");
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_splits_between_lines_and_loses_no_word()
    {
        var text = NumberedWords(900);
        var pdf = new PrintedPdf(A4().Add(Justified(text)).ToPdf());

        pdf.PageCount.ShouldBeGreaterThan(1);
        pdf.ReadingOrder().ShouldBe(text.Split(' '));
        foreach (var word in pdf.Words)
        {
            word.Top.ShouldBeGreaterThanOrEqualTo(Top, word.ToString());
            word.Bottom.ShouldBeLessThanOrEqualTo(297 - Bottom, word.ToString());
        }
    }

    [Fact]
    public void A_word_wider_than_the_column_is_cut_rather_than_drawn_into_the_margin()
    {
        var pdf = new PrintedPdf(A4().Add(Paragraph.Of("https://" + new string('x', 200), Body)).ToPdf());

        pdf.Words.Count.ShouldBeGreaterThan(1);
        pdf.Words.ShouldAllBe(w => w.Right <= 210 - Right + 0.01);
        string.Concat(pdf.ReadingOrder()).ShouldBe("https://" + new string('x', 200));
    }

    [Fact]
    public void Decomposed_Vietnamese_prints_exactly_as_composed()
    {
        const string composed = "Trực Ninh, Phạm Gia Túc, ĐẢNG CỘNG SẢN VIỆT NAM";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);

        var fromNfc = new PrintedPdf(A4().Add(Paragraph.Of(composed, Body)).ToPdf());
        var fromNfd = new PrintedPdf(A4().Add(Paragraph.Of(decomposed, Body)).ToPdf());

        fromNfd.Words.Select(w => w.Text).ShouldBe(fromNfc.Words.Select(w => w.Text));
        fromNfd.Words.Select(w => Math.Round(w.EndX, 3)).ShouldBe(fromNfc.Words.Select(w => Math.Round(w.EndX, 3)));
        fromNfd.Words.Select(w => w.Text).ShouldContain("Trực");
    }
}
