using WorkSessions.Documents.Layout;
using static WorkSessions.Documents.Tests.Layout.TestDocuments;

namespace WorkSessions.Documents.Tests.Layout;

/// <summary>Rules are read back from the rasterised page: PdfPig sees text, not lines.</summary>
public class RuleTests
{
    private const int Dpi = 144;

    [Fact]
    public void A_rule_under_text_is_as_long_as_that_text()
    {
        var document = A4()
            .Add(Paragraph.Of("ĐẢNG CỘNG SẢN VIỆT NAM", new TextStyle(15).AsBold(), TextAlign.Center))
            .Add(new Rule { UnderTextAbove = true, SpaceBefore = 2 });
        var pdf = new PrintedPdf(document.ToPdf());
        var (start, end) = (pdf.Words.Min(w => w.StartX), pdf.Words.Max(w => w.EndX));

        var (ruleLeft, ruleRight) = LongestInkRun(pdf.Rasterise(Dpi)[0]);

        ruleLeft.ShouldBe(start, 0.5);
        ruleRight.ShouldBe(end, 0.5);
    }

    [Fact]
    public void A_fixed_rule_is_centred_in_its_column()
    {
        var pdf = new PrintedPdf(A4().Add(new Rule { WidthMm = 30 }).ToPdf());

        var (ruleLeft, ruleRight) = LongestInkRun(pdf.Rasterise(Dpi)[0]);

        (ruleRight - ruleLeft).ShouldBe(30, 0.5);
        ((ruleLeft + ruleRight) / 2).ShouldBe(Left + ((210 - Left - Right) / 2), 0.5);
    }

    /// <summary>The longest horizontal run of ink on the page, in millimetres: that is the rule.</summary>
    private static (double Left, double Right) LongestInkRun(GreyImage image)
    {
        var best = (Start: 0, Length: 0);
        for (var y = 0; y < image.Height; y++)
        {
            var start = -1;
            for (var x = 0; x <= image.Width; x++)
            {
                if (x < image.Width && image.IsInk(x, y))
                {
                    start = start < 0 ? x : start;
                }
                else if (start >= 0)
                {
                    best = x - start > best.Length ? (start, x - start) : best;
                    start = -1;
                }
            }
        }

        var mmPerPixel = 25.4 / Dpi;
        return (best.Start * mmPerPixel, (best.Start + best.Length) * mmPerPixel);
    }
}
