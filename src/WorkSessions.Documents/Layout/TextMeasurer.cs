using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace WorkSessions.Documents.Layout;

/// <summary>
/// Text widths without an <see cref="XGraphics"/> per call. PDFsharp applies no kerning, so a string's
/// width is the sum of its characters' advances; each advance is measured once per face (at 1 pt) and
/// kept for the life of the process. Vietnamese and the usual punctuation fall in the array; anything
/// beyond goes to a dictionary. Shared by all threads: reads are lock-free, misses measure under a lock.
/// </summary>
internal static class TextMeasurer
{
    private const int ArraySize = 0x2100; // through General Punctuation (quotes, dashes, ellipsis)
    private const double ReferenceSize = 1000;

    private static readonly Lock Gate = new();
    private static readonly double[][] Advances = [.. Enumerable.Range(0, 4).Select(_ => Enumerable.Repeat(double.NaN, ArraySize).ToArray())];
    private static readonly ConcurrentDictionary<(int Face, char C), double> Others = new();
    private static readonly XFont?[] ReferenceFonts = new XFont?[4];
    private static XGraphics? _context;

    /// <summary>Width in points of <paramref name="text"/> set in <paramref name="style"/>.</summary>
    public static double Width(ReadOnlySpan<char> text, TextStyle style)
    {
        var face = FaceIndex(style);
        var advances = Advances[face];
        var sum = 0.0;
        foreach (var c in text)
        {
            var w = c < ArraySize ? advances[c] : Others.GetValueOrDefault((face, c), double.NaN);
            if (double.IsNaN(w))
            {
                w = Measure(face, c);
            }

            sum += w;
        }

        return sum * style.Size;
    }

    /// <summary>Ascent and descent of the face per point of size, from the font's own metrics.</summary>
    public static (double Ascent, double Descent) VerticalMetrics(TextStyle style)
    {
        lock (Gate)
        {
            var metrics = ReferenceFont(FaceIndex(style)).Metrics;
            return ((double)metrics.Ascent / metrics.UnitsPerEm, (double)metrics.Descent / metrics.UnitsPerEm);
        }
    }

    /// <summary>An XFont for drawing; PDFsharp caches the typeface, so this is cheap after the first call.</summary>
    public static XFont CreateFont(TextStyle style) =>
        new(SerifFontResolver.Family, style.Size, Style(style), new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static int FaceIndex(TextStyle style) => (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);

    private static XFontStyleEx Style(TextStyle style) =>
        (style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (style.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);

    private static double Measure(int face, char c)
    {
        lock (Gate)
        {
            _context ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            var w = _context.MeasureString(c.ToString(), ReferenceFont(face)).Width / ReferenceSize;
            if (c < ArraySize)
            {
                Advances[face][c] = w;
            }
            else
            {
                Others[(face, c)] = w;
            }

            return w;
        }
    }

    private static XFont ReferenceFont(int face) =>
        ReferenceFonts[face] ??= CreateFont(new TextStyle(ReferenceSize, (face & 1) != 0, (face & 2) != 0));
}
