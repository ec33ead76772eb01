namespace WorkSessions.Documents.Layout;

/// <summary>
/// Blocks that go on one page: when they do not fit in what is left of a page, all of them move to the
/// next (the closing words with the signature and recipients). A group taller than a whole page flows
/// normally instead, because it could never fit.
/// </summary>
public sealed class KeepTogether(params Block[] blocks) : Block
{
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    internal override void Layout(double width, LayoutScope scope, List<Slice> output)
    {
        var slices = LayoutAll(Blocks, width, scope);
        var stack = new SliceStack(slices);
        if (slices.Count == 0 || stack.Height > scope.PageHeight)
        {
            output.AddRange(slices);
            return;
        }

        output.Add(new Slice(stack.Height, stack.Draw) { SpaceBefore = slices[0].SpaceBefore, SpaceAfter = slices[^1].SpaceAfter });
    }
}
