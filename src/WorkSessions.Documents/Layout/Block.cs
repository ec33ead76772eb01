namespace WorkSessions.Documents.Layout;

/// <summary>Something that flows down a page: a paragraph, a rule, a row of columns, a kept-together group.</summary>
public abstract class Block
{
    /// <summary>Lays the block out in <paramref name="width"/> points and appends its slices in reading order.</summary>
    internal abstract void Layout(double width, LayoutScope scope, List<Slice> output);

    /// <summary>Lays out several blocks in one container, in order, sharing its scope.</summary>
    internal static List<Slice> LayoutAll(IEnumerable<Block> blocks, double width, LayoutScope scope)
    {
        var slices = new List<Slice>();
        foreach (var block in blocks)
        {
            block.Layout(width, scope, slices);
        }

        return slices;
    }
}
