using System.Text;

namespace WorkSessions.Documents.Layout;

/// <summary>How a run of text is set: size in points, bold, italic, underlined.</summary>
public readonly record struct TextStyle(double Size, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public TextStyle AsBold() => this with { Bold = true };

    public TextStyle AsItalic() => this with { Italic = true };

    public TextStyle AsUnderlined() => this with { Underline = true };
}

/// <summary>Where the lines of a paragraph sit between its left and right edges.</summary>
public enum TextAlign
{
    Left,
    Center,
    Right,

    /// <summary>Every line but the last (and any line ending in a hard break) fills the width.</summary>
    Justify,
}

/// <summary>
/// A piece of text in one style. This is the only way text enters the layout, so it is the one place
/// text is normalised to NFC: PDFsharp does no shaping and would print NFD marks beside their letters.
/// </summary>
public sealed record Run
{
    public Run(string text, TextStyle style)
    {
        Text = (text ?? string.Empty).Normalize(NormalizationForm.FormC);
        Style = style;
    }

    public string Text { get; }

    public TextStyle Style { get; }
}
