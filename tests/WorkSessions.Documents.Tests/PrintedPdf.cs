using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace WorkSessions.Documents.Tests;

/// <summary>
/// A PDF read back the way a reader sees it: words with their page and boxes in millimetres from the
/// page's top-left corner (PDF counts from the bottom), from PdfPig's <c>GetWords()</c>.
/// </summary>
internal sealed class PrintedPdf
{
    public const double PtPerMm = 72 / 25.4;

    public PrintedPdf(byte[] pdf)
    {
        Bytes = pdf;
        using var document = PdfDocument.Open(pdf);
        Title = document.Information.Title;
        Author = document.Information.Author;
        Creator = document.Information.Creator;
        foreach (var page in document.GetPages())
        {
            PageHeightMm = page.Height / PtPerMm;
            PageWidthMm = page.Width / PtPerMm;
            Words.AddRange(page.GetWords().Select(w => new PrintedWord(page.Number, w, page.Height)));
        }

        PageCount = document.NumberOfPages;
    }

    public byte[] Bytes { get; }

    public int PageCount { get; }

    public double PageWidthMm { get; private set; }

    public double PageHeightMm { get; private set; }

    public string? Title { get; }

    public string? Author { get; }

    public string? Creator { get; }

    public List<PrintedWord> Words { get; } = [];

    public IEnumerable<PrintedWord> OnPage(int page) => Words.Where(w => w.Page == page);

    public PrintedWord Single(string text) => Words.Single(w => w.Text == text);

    /// <summary>Words grouped into lines by baseline, top to bottom, each line left to right.</summary>
    public List<List<PrintedWord>> Lines(int page, Func<PrintedWord, bool>? include = null) =>
        [.. OnPage(page).Where(include ?? (_ => true))
            .GroupBy(w => Math.Round(w.BaselineMm, 1))
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(w => w.StartX).ToList())];

    /// <summary>Every word's text in reading order across pages (pages, then lines, then left to right).</summary>
    public List<string> ReadingOrder(Func<PrintedWord, bool>? include = null) =>
        [.. Enumerable.Range(1, PageCount).SelectMany(p => Lines(p, include).SelectMany(l => l.Select(w => w.Text)))];

    /// <summary>
    /// Rasterises with poppler's pdftoppm as 8-bit grey pages, to check what is printed rather than
    /// what is extracted.
    /// </summary>
    public List<GreyImage> Rasterise(int dpi)
    {
        var directory = Directory.CreateTempSubdirectory("worksessions-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "in.pdf");
            File.WriteAllBytes(input, Bytes);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", input, Path.Combine(directory.FullName, "page")])
            {
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftoppm did not start (install poppler-utils).");
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
            return [.. Directory.GetFiles(directory.FullName, "page*.pgm").Order(StringComparer.Ordinal).Select(GreyImage.ReadPgm)];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

/// <summary>A word as printed: text, page, glyph box and baseline in millimetres from the page's top-left.</summary>
internal sealed class PrintedWord(int page, Word word, double pageHeight)
{
    public int Page { get; } = page;

    public string Text { get; } = word.Text;

    public IReadOnlyList<Letter> Letters { get; } = word.Letters;

    /// <summary>Glyph box (ink extent as the font describes it).</summary>
    public double Left { get; } = word.BoundingBox.Left / PrintedPdf.PtPerMm;

    public double Right { get; } = word.BoundingBox.Right / PrintedPdf.PtPerMm;

    public double Top { get; } = (pageHeight - word.BoundingBox.Top) / PrintedPdf.PtPerMm;

    public double Bottom { get; } = (pageHeight - word.BoundingBox.Bottom) / PrintedPdf.PtPerMm;

    /// <summary>Where the pen starts and ends (advance widths), which is what justification fills.</summary>
    public double StartX { get; } = word.Letters[0].StartBaseLine.X / PrintedPdf.PtPerMm;

    public double EndX { get; } = word.Letters[^1].EndBaseLine.X / PrintedPdf.PtPerMm;

    public double BaselineMm { get; } = (pageHeight - word.Letters[0].StartBaseLine.Y) / PrintedPdf.PtPerMm;

    /// <summary>The embedded font of the first letter, with its subset prefix ("ABCDEF+Liberation Serif,Bold").</summary>
    public string FontName { get; } = word.Letters[0].FontName ?? string.Empty;

    public double CentreX => (StartX + EndX) / 2;

    public override string ToString() => $"{Text} p{Page} ({Left:F1},{Top:F1})-({Right:F1},{Bottom:F1})";
}

/// <summary>An 8-bit grey raster (0 black, 255 white) read from a binary PGM.</summary>
internal sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public bool IsInk(int x, int y) => pixels[(y * Width) + x] < 128;

    /// <summary>Top and bottom rows holding ink between columns <paramref name="fromX"/> and <paramref name="toX"/>, or null when blank.</summary>
    public (int Top, int Bottom)? InkRows(int fromX, int toX)
    {
        int? top = null, bottom = null;
        for (var y = 0; y < Height; y++)
        {
            for (var x = Math.Max(0, fromX); x < Math.Min(Width, toX); x++)
            {
                if (IsInk(x, y))
                {
                    top ??= y;
                    bottom = y;
                    break;
                }
            }
        }

        return top is null ? null : (top.Value, bottom!.Value);
    }

    public static GreyImage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
        }

        Token().ShouldBe("P5");
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token().ShouldBe("255");
        position++; // the single whitespace before the pixels
        return new GreyImage(width, height, bytes[position..(position + (width * height))]);
    }
}
