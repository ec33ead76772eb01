namespace WorkSessions.Documents.Layout;

/// <summary>
/// The unit of pagination: a strip of fixed height that is never cut. A paragraph gives one slice per
/// line (so it can split between lines); a row or a kept-together group gives one slice for the whole.
/// <see cref="Draw"/> receives the drawing context and the slice's top-left corner in points.
/// </summary>
internal sealed class Slice(double height, Action<DrawContext, double, double> draw)
{
    public double Height { get; } = height;

    /// <summary>Space above, dropped when the slice starts a page.</summary>
    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public Action<DrawContext, double, double> Draw { get; } = draw;
}

/// <summary>
/// What one container (the page flow, a table cell, a kept-together group) knows while its blocks lay
/// out one after another: the page height, and where the last line of text was, so a rule can be
/// "as long as the text above".
/// </summary>
internal sealed class LayoutScope(double pageHeight)
{
    public double PageHeight { get; } = pageHeight;

    public double LastLineLeft { get; set; }

    public double LastLineWidth { get; set; }

    /// <summary>A scope for a nested container: same page, its own "text above".</summary>
    public LayoutScope Nested() => new(PageHeight);
}

/// <summary>Slices stacked with their spacing, drawn as one: the content of a table cell or a kept-together group.</summary>
internal sealed class SliceStack
{
    private readonly List<(Slice Slice, double Offset)> _placed = [];

    public SliceStack(IReadOnlyList<Slice> slices)
    {
        var y = 0.0;
        for (var i = 0; i < slices.Count; i++)
        {
            if (i > 0)
            {
                y += slices[i - 1].SpaceAfter + slices[i].SpaceBefore;
            }

            _placed.Add((slices[i], y));
            y += slices[i].Height;
        }

        Height = y;
    }

    public double Height { get; }

    public void Draw(DrawContext context, double x, double top)
    {
        foreach (var (slice, offset) in _placed)
        {
            slice.Draw(context, x, top + offset);
        }
    }
}
