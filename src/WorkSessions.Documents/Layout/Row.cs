namespace WorkSessions.Documents.Layout;

/// <summary>A column's width: a share of the row's width, a length in millimetres, or whatever is left.</summary>
public readonly record struct ColumnWidth(double Value, ColumnWidth.Kind Unit)
{
    public enum Kind
    {
        Fraction,
        Millimetres,
        Remainder,
    }

    public static ColumnWidth Fraction(double share) => new(share, Kind.Fraction);

    public static ColumnWidth Mm(double millimetres) => new(millimetres, Kind.Millimetres);

    public static ColumnWidth Rest => new(0, Kind.Remainder);
}

/// <summary>One column of a <see cref="Row"/>: its width and the blocks stacked in it.</summary>
public sealed record Column(ColumnWidth Width, IReadOnlyList<Block> Blocks);

/// <summary>
/// Columns side by side, tops level (the header's two columns; recipients beside the signature).
/// A row is one slice: it is never split across pages, so it must be shorter than a page.
/// </summary>
public sealed class Row(params Column[] columns) : Block
{
    public IReadOnlyList<Column> Columns { get; } = columns;

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    internal override void Layout(double width, LayoutScope scope, List<Slice> output)
    {
        var widths = Widths(width);
        var cells = new List<(double Left, SliceStack Stack)>();
        var left = 0.0;
        for (var i = 0; i < Columns.Count; i++)
        {
            cells.Add((left, new SliceStack(LayoutAll(Columns[i].Blocks, widths[i], scope.Nested()))));
            left += widths[i];
        }

        output.Add(new Slice(cells.Max(c => c.Stack.Height), (context, x, top) =>
        {
            foreach (var (cellLeft, stack) in cells)
            {
                stack.Draw(context, x + cellLeft, top);
            }
        })
        {
            SpaceBefore = SpaceBefore,
            SpaceAfter = SpaceAfter,
        });
    }

    private double[] Widths(double width)
    {
        var fixedWidths = Columns.Select(c => c.Width.Unit switch
        {
            ColumnWidth.Kind.Fraction => width * c.Width.Value,
            ColumnWidth.Kind.Millimetres => Units.Pt(c.Width.Value),
            _ => 0,
        }).ToArray();
        var rest = Columns.Count(c => c.Width.Unit == ColumnWidth.Kind.Remainder);
        var share = rest == 0 ? 0 : Math.Max(0, width - fixedWidths.Sum()) / rest;
        return [.. Columns.Select((c, i) => c.Width.Unit == ColumnWidth.Kind.Remainder ? share : fixedWidths[i])];
    }
}
