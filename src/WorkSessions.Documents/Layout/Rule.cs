namespace WorkSessions.Documents.Layout;

/// <summary>
/// A solid horizontal line: across the column, of a fixed length centred, or exactly under the last
/// line of text above it (the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" is as long as that text).
/// </summary>
public sealed class Rule : Block
{
    /// <summary>Length in millimetres, centred in the column; null (and not <see cref="UnderTextAbove"/>) means the full column.</summary>
    public double? WidthMm { get; init; }

    /// <summary>Exactly under the last line of the block above, whatever its alignment.</summary>
    public bool UnderTextAbove { get; init; }

    /// <summary>Line thickness in points.</summary>
    public double Thickness { get; init; } = 0.6;

    /// <summary>Points between the text above and the rule.</summary>
    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    internal override void Layout(double width, LayoutScope scope, List<Slice> output)
    {
        var (left, length) = UnderTextAbove
            ? (scope.LastLineLeft, scope.LastLineWidth)
            : WidthMm is { } mm ? ((width - Math.Min(width, Units.Pt(mm))) / 2, Math.Min(width, Units.Pt(mm))) : (0, width);
        var half = Thickness / 2;
        output.Add(new Slice(Thickness, (context, x, top) => context.Line(x + left, top + half, x + left + length, Thickness))
        {
            SpaceBefore = SpaceBefore,
            SpaceAfter = SpaceAfter,
        });
    }
}
