namespace WorkSessions.Documents.Layout;

/// <summary>
/// Runs of text that wrap at spaces into lines of the column's width. Each line becomes its own slice,
/// so a paragraph that does not fit splits between lines across pages. A "\n" in a run breaks the line.
/// An empty paragraph is one blank line (room for a signature, for instance).
/// </summary>
public sealed class Paragraph : Block
{
    private readonly List<Run> _runs = [];

    public TextAlign Align { get; init; }

    /// <summary>Indent of the first line, in millimetres (formats state it so).</summary>
    public double FirstLineIndentMm { get; init; }

    /// <summary>Points above the paragraph; dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Points below the paragraph.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>Baseline-to-baseline distance in points; by default 1.2 times the largest size in the paragraph.</summary>
    public double? LineSpacing { get; init; }

    /// <summary>The style of an empty paragraph's blank line (its height follows the size).</summary>
    public TextStyle? BlankStyle { get; init; }

    public IReadOnlyList<Run> Runs => _runs;

    public static Paragraph Of(string text, TextStyle style, TextAlign align = TextAlign.Left) =>
        new Paragraph { Align = align }.Add(text, style);

    public Paragraph Add(string text, TextStyle style)
    {
        _runs.Add(new Run(text, style));
        return this;
    }

    internal override void Layout(double width, LayoutScope scope, List<Slice> output)
    {
        var styles = _runs.Select(r => r.Style).DefaultIfEmpty(BlankStyle ?? new TextStyle(12)).ToList();
        var largest = styles.MaxBy(s => s.Size);
        var lineHeight = LineSpacing ?? largest.Size * 1.2;
        var (ascent, descent) = TextMeasurer.VerticalMetrics(largest);
        var glyphs = (ascent + descent) * largest.Size;

        // The glyph box (ascent + descent) sits in the middle of the line's height, so nothing drawn
        // reaches above the first line's top or below the last line's bottom when spacing allows it.
        var baseline = Math.Max(0, (lineHeight - glyphs) / 2) + (ascent * largest.Size);

        var lines = LineBreaker.Break(_runs, width, Units.Pt(FirstLineIndentMm), Align);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            output.Add(new Slice(lineHeight, line.Drawer(baseline))
            {
                SpaceBefore = i == 0 ? SpaceBefore : 0,
                SpaceAfter = i == lines.Count - 1 ? SpaceAfter : 0,
            });
        }

        scope.LastLineLeft = lines[^1].Left;
        scope.LastLineWidth = lines[^1].Width;
    }
}
