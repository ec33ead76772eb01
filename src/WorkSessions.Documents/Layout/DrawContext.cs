using PdfSharp.Drawing;

namespace WorkSessions.Documents.Layout;

/// <summary>One page's drawing surface, with the fonts of the document created once per document.</summary>
internal sealed class DrawContext(XGraphics graphics, Dictionary<TextStyle, XFont> fonts)
{
    public XGraphics Graphics { get; } = graphics;

    public XFont Font(TextStyle style)
    {
        // Underline is drawn by the layout, so it does not need a font of its own.
        var key = style with { Underline = false };
        if (!fonts.TryGetValue(key, out var font))
        {
            font = TextMeasurer.CreateFont(key);
            fonts[key] = font;
        }

        return font;
    }

    public void Text(string text, TextStyle style, double x, double baseline) =>
        Graphics.DrawString(text, Font(style), XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);

    public void Line(double x1, double y, double x2, double thickness) =>
        Graphics.DrawLine(new XPen(XColors.Black, thickness), x1, y, x2, y);
}
