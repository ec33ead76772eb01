using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkSessions.Documents.Layout;

/// <summary>Page numbers: Arabic digits centred in the top margin, from a given page on.</summary>
public sealed record PageNumbering(int FromPage, double FontSize);

/// <summary>
/// A document: page setup and blocks that flow from page to page. Rendering lays everything out into
/// slices first, then places them on pages (a slice that does not fit starts the next page), then draws.
/// <code>
/// var doc = new LayoutDocument(PageSetup.A4(20, 20, 30, 15)) { Title = "…", PageNumbers = new(2, 14) };
/// doc.Add(Paragraph.Of("…", new TextStyle(14), TextAlign.Justify));
/// byte[] pdf = doc.ToPdf();
/// </code>
/// </summary>
public sealed class LayoutDocument(PageSetup page)
{
    private readonly List<Block> _blocks = [];

    public PageSetup Page { get; } = page;

    public PageNumbering? PageNumbers { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>Written as both Author and Creator in the PDF's information.</summary>
    public string Author { get; init; } = "WorkSessions";

    public LayoutDocument Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>Lays out, paginates and saves. Throws <see cref="FontUnavailableException"/> when no suitable font is installed.</summary>
    public byte[] ToPdf()
    {
        SerifFontResolver.EnsureInstalled();
        var slices = Block.LayoutAll(_blocks, Page.ContentWidth, new LayoutScope(Page.ContentHeight));
        var pages = Paginate(slices, Page.ContentHeight);

        using var pdf = new PdfDocument();
        pdf.Info.Title = Title;
        pdf.Info.Author = Author;
        pdf.Info.Creator = Author;
        pdf.Options.CompressContentStreams = true;
        var fonts = new Dictionary<TextStyle, XFont>();
        for (var p = 0; p < pages.Count; p++)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromPoint(Page.Width);
            pdfPage.Height = XUnit.FromPoint(Page.Height);
            using var graphics = XGraphics.FromPdfPage(pdfPage);
            var context = new DrawContext(graphics, fonts);
            foreach (var (slice, y) in pages[p])
            {
                slice.Draw(context, Page.Left, Page.Top + y);
            }

            DrawPageNumber(context, p + 1);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Stacks slices down each page; space before a slice is dropped at the top of a page.</summary>
    private static List<List<(Slice Slice, double Y)>> Paginate(List<Slice> slices, double height)
    {
        var pages = new List<List<(Slice, double)>> { new() };
        var y = 0.0;
        var spaceAfter = 0.0;
        foreach (var slice in slices)
        {
            var top = pages[^1].Count == 0 ? 0 : y + spaceAfter + slice.SpaceBefore;
            if (pages[^1].Count > 0 && top + slice.Height > height)
            {
                pages.Add([]);
                top = 0;
            }

            pages[^1].Add((slice, top));
            y = top + slice.Height;
            spaceAfter = slice.SpaceAfter;
        }

        return pages;
    }

    private void DrawPageNumber(DrawContext context, int number)
    {
        if (PageNumbers is not { } numbering || number < numbering.FromPage)
        {
            return;
        }

        var style = new TextStyle(numbering.FontSize);
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (ascent, descent) = TextMeasurer.VerticalMetrics(style);

        // Centred both ways in the top margin: across the text width, and the glyph box down the margin.
        var x = Page.Left + ((Page.ContentWidth - TextMeasurer.Width(text, style)) / 2);
        var baseline = ((Page.Top - ((ascent + descent) * style.Size)) / 2) + (ascent * style.Size);
        context.Text(text, style, x, baseline);
    }
}
