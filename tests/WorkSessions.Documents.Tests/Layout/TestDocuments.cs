using WorkSessions.Documents.Layout;

namespace WorkSessions.Documents.Tests.Layout;

/// <summary>Small documents on an A4 page with the notice's margins (top 20, bottom 20, left 30, right 15 mm).</summary>
internal static class TestDocuments
{
    public const double Top = 20, Bottom = 20, Left = 30, Right = 15;

    public static readonly TextStyle Body = new(14);

    public static LayoutDocument A4(PageNumbering? numbers = null) => new(PageSetup.A4(Top, Bottom, Left, Right)) { PageNumbers = numbers };

    /// <summary>Numbered words ("w001 w002 …") so tests can tell whether any was lost or reordered.</summary>
    public static string NumberedWords(int count, string prefix = "w") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i:000}"));

    public static Paragraph Justified(string text, double indentMm = 0) =>
        new Paragraph { Align = TextAlign.Justify, FirstLineIndentMm = indentMm, LineSpacing = 18, SpaceAfter = 6 }.Add(text, Body);
}
