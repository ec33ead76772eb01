using System.Text;

namespace WorkSessions.Documents.Layout;

/// <summary>
/// Splits runs into words (a word may change style mid-way, as in "(Đơn vị chủ trì" after a regular
/// text), fills lines greedily, and places every piece of text at its x. Justified lines get the
/// leftover width spread over their gaps, each word drawn at its own x; other lines keep natural
/// spaces, so same-style neighbours are drawn as one string (fewer text operators in the PDF).
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 0.01;

    public static List<Line> Break(IReadOnlyList<Run> runs, double width, double firstIndent, TextAlign align)
    {
        var words = Words(runs, width - Math.Max(0, firstIndent));
        var lines = new List<Line>();
        var i = 0;
        while (i < words.Count)
        {
            var indent = lines.Count == 0 ? firstIndent : 0;
            var available = width - indent;
            var start = i;
            var natural = words[i].Width;
            i++;
            while (i < words.Count && !words[i - 1].BreakAfter
                && natural + words[i - 1].GapWidth + words[i].Width <= available + Epsilon)
            {
                natural += words[i - 1].GapWidth + words[i].Width;
                i++;
            }

            var last = i == words.Count || words[i - 1].BreakAfter;
            lines.Add(Place(words.GetRange(start, i - start), indent, available, natural, align, last));
        }

        if (lines.Count == 0)
        {
            // An empty paragraph still takes its line: blank lines are how documents leave room.
            lines.Add(new Line([], [], firstIndent, 0));
        }

        return lines;
    }

    private static Line Place(List<Word> words, double indent, double available, double natural, TextAlign align, bool last)
    {
        var extra = Math.Max(0, available - natural);
        var gaps = words.Count - 1;
        var (left, stretch) = align switch
        {
            TextAlign.Center => (indent + (extra / 2), 0.0),
            TextAlign.Right => (indent + extra, 0.0),
            TextAlign.Justify when !last && gaps > 0 => (indent, extra / gaps),
            _ => (indent, 0.0),
        };

        var pieces = new List<Piece>();
        var underlines = new List<(double X1, double X2, TextStyle Style)>();
        var x = left;
        for (var w = 0; w < words.Count; w++)
        {
            foreach (var fragment in words[w].Fragments)
            {
                var mergeable = stretch == 0 && pieces.Count > 0 && pieces[^1].Style == fragment.Style
                    && Math.Abs(pieces[^1].X + pieces[^1].Width - x) < Epsilon;
                if (mergeable)
                {
                    pieces[^1] = pieces[^1].Extend(fragment);
                }
                else
                {
                    pieces.Add(new Piece(fragment.Text, fragment.Style, x, fragment.Width));
                }

                Underline(underlines, fragment.Style, x, x + fragment.Width);
                x += fragment.Width;
            }

            if (w < gaps)
            {
                var gap = words[w].GapWidth + stretch;
                var gapStyle = words[w].GapStyle;
                if (pieces[^1].Style == gapStyle)
                {
                    // The spaces are drawn too (invisible), so the text layer has real spaces for
                    // search, copy and extraction; a justified line then places the next word itself.
                    pieces[^1] = pieces[^1].Extend(new Fragment(words[w].GapText, gapStyle, words[w].GapWidth));
                }

                if (gapStyle.Underline && words[w + 1].Fragments[0].Style.Underline)
                {
                    Underline(underlines, gapStyle, x, x + gap);
                }

                x += gap;
            }
        }

        return new Line([.. pieces], [.. underlines], left, x - left);
    }

    /// <summary>Extends the last underline when this one continues it, so a phrase gets one line.</summary>
    private static void Underline(List<(double X1, double X2, TextStyle Style)> underlines, TextStyle style, double x1, double x2)
    {
        if (!style.Underline)
        {
            return;
        }

        if (underlines.Count > 0 && Math.Abs(underlines[^1].X2 - x1) < Epsilon && underlines[^1].Style.Size == style.Size)
        {
            underlines[^1] = (underlines[^1].X1, x2, style);
        }
        else
        {
            underlines.Add((x1, x2, style));
        }
    }

    /// <summary>Words with the spaces after them; a word wider than <paramref name="maxWidth"/> is cut into pieces that fit.</summary>
    private static List<Word> Words(IReadOnlyList<Run> runs, double maxWidth)
    {
        var words = new List<Word>();
        Word? current = null;
        foreach (var run in runs)
        {
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '\n')
                {
                    if (current is not null || words.Count > 0)
                    {
                        (current ?? words[^1]).BreakAfter = true;
                    }

                    current = null;
                    i++;
                    continue;
                }

                var isSpace = text[i] == ' ';
                var end = i;
                while (end < text.Length && text[end] != '\n' && (text[end] == ' ') == isSpace)
                {
                    end++;
                }

                var segment = text[i..end];
                if (isSpace)
                {
                    if (current is not null)
                    {
                        current.SetGap(segment, run.Style);
                        current = null;
                    }
                    else if (words.Count > 0 && !words[^1].BreakAfter)
                    {
                        words[^1].SetGap(words[^1].GapText + segment, run.Style);
                    }
                }
                else
                {
                    if (current is null)
                    {
                        current = new Word();
                        words.Add(current);
                    }

                    current.Add(new Fragment(segment, run.Style, TextMeasurer.Width(segment, run.Style)));
                }

                i = end;
            }
        }

        return [.. words.SelectMany(w => w.Width > maxWidth ? w.Cut(maxWidth) : [w])];
    }

    internal readonly record struct Fragment(string Text, TextStyle Style, double Width);

    internal readonly record struct Piece(string Text, TextStyle Style, double X, double Width)
    {
        public Piece Extend(Fragment next) => this with { Text = Text + next.Text, Width = Width + next.Width };
    }

    /// <summary>One line's pieces at their x (from the column's left edge), and its natural extent.</summary>
    internal sealed record Line(Piece[] Pieces, (double X1, double X2, TextStyle Style)[] Underlines, double Left, double Width)
    {
        public Action<DrawContext, double, double> Drawer(double baseline) => (context, x, top) =>
        {
            foreach (var piece in Pieces)
            {
                context.Text(piece.Text, piece.Style, x + piece.X, top + baseline);
            }

            foreach (var (x1, x2, style) in Underlines)
            {
                // Times New Roman's own underline: about 0.11 em below the baseline, 0.05 em thick.
                context.Line(x + x1, top + baseline + (0.11 * style.Size), x + x2, 0.05 * style.Size);
            }
        };
    }

    private sealed class Word
    {
        public List<Fragment> Fragments { get; } = [];

        public double Width { get; private set; }

        public string GapText { get; private set; } = string.Empty;

        public TextStyle GapStyle { get; private set; }

        public double GapWidth { get; private set; }

        public bool BreakAfter { get; set; }

        public void Add(Fragment fragment)
        {
            Fragments.Add(fragment);
            Width += fragment.Width;
        }

        public void SetGap(string text, TextStyle style)
        {
            GapText = text;
            GapStyle = style;
            GapWidth = TextMeasurer.Width(text, style);
        }

        /// <summary>Cuts an over-long word (a long address, say) between characters so no piece overflows.</summary>
        public IEnumerable<Word> Cut(double maxWidth)
        {
            var piece = new Word();
            foreach (var fragment in Fragments)
            {
                var text = new StringBuilder();
                foreach (var c in fragment.Text)
                {
                    var w = TextMeasurer.Width([c], fragment.Style);
                    if (piece.Width + TextMeasurer.Width(text.ToString(), fragment.Style) + w > maxWidth && (text.Length > 0 || piece.Fragments.Count > 0))
                    {
                        Flush(piece, text, fragment.Style);
                        yield return piece;
                        piece = new Word();
                    }

                    text.Append(c);
                }

                Flush(piece, text, fragment.Style);
            }

            piece.SetGap(GapText, GapStyle);
            piece.BreakAfter = BreakAfter;
            yield return piece;
        }

        private static void Flush(Word word, StringBuilder text, TextStyle style)
        {
            if (text.Length > 0)
            {
                word.Add(new Fragment(text.ToString(), style, TextMeasurer.Width(text.ToString(), style)));
                text.Clear();
            }
        }
    }
}
