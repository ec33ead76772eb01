using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Documents.Tests.Notices;

/// <summary>The portal's preview promises what the PDF prints: the same words in the same order.</summary>
public class PreviewMatchesPdfTests
{
    [Theory]
    [InlineData(125, 10)]
    [InlineData(null, 10)]
    [InlineData(125, 40)]
    public void The_preview_and_the_PDF_print_the_same_body_words_in_the_same_order(int? number, int directives)
    {
        var wording = new NoticeWording(SampleNotices.Long(directives) with { Number = number, IssuedOn = number is null ? null : new DateOnly(2021, 6, 10) }, NoticeFormat.Guidance2018);
        var pdf = new PrintedPdf(NoticePdf.Render(wording));

        // From the title to the signer's name: the header's two columns are read side by side on
        // paper and one after the other in HTML, and page numbers exist only on paper.
        var printed = Between(pdf.ReadingOrder(w => w.Page == 1 || w.Top > 20), "THÔNG", wording.SignerName);
        var previewed = Between(NoticeHtmlTests.VisibleWords(NoticeHtml.Render(wording)), "THÔNG", wording.SignerName);

        printed.Count.ShouldBeGreaterThan(300);
        Body(printed).ShouldBe(Body(previewed));
    }

    /// <summary>The body up to the signature row, whose two columns are interleaved on paper.</summary>
    private static List<string> Body(List<string> words) => [.. words.TakeWhile(w => w != "Nơi")];

    private static List<string> Between(List<string> words, string first, string last)
    {
        var start = words.IndexOf(first);
        var end = words.LastIndexOf(last.Split(' ')[^1]);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return words[start..(end + 1)];
    }
}
