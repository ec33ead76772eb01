using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

/// <summary>
/// Figures as a Vietnamese report writes them: a decimal comma and a thousands dot ("4,7",
/// "1.234,5", "-2,3"), perhaps after a qualifier ("trên 181"). A text is read only the way a
/// Vietnamese reader reads it; anything that could be read another way ("4.7", "1,234.5") is
/// refused with the reason, never guessed.
/// </summary>
public static partial class VietnameseNumber
{
    /// <summary>A figure as typed: a qualifier ("xấp xỉ"), a sign, 14 digits with their dots and 4 decimals fit.</summary>
    public const int TextMaxLength = 40;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The qualifier words as they are written, longest first so "xấp xỉ" is not read as a number.</summary>
    private static readonly (string Word, FigureQualifier Qualifier)[] Words =
    [
        ("xấp xỉ", FigureQualifier.Approximately),
        ("khoảng", FigureQualifier.About),
        ("trên", FigureQualifier.Over),
        ("hơn", FigureQualifier.MoreThan),
        ("gần", FigureQualifier.Nearly),
        ("đạt", FigureQualifier.Reached),
        ("vượt", FigureQualifier.Exceeded),
        ("tăng", FigureQualifier.Up),
        ("giảm", FigureQualifier.Down),
    ];

    /// <summary>Reads what was typed; an empty text is <see cref="FigureProblem.Empty"/>.</summary>
    public static FigureReading Read(string? text)
    {
        var clean = Collapse(text);
        if (clean.Length == 0)
        {
            return FigureProblem.Empty;
        }

        FigureQualifier? qualifier = null;
        var rest = clean;
        foreach (var (word, meaning) in Words)
        {
            if (rest.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))
            {
                qualifier = meaning;
                rest = rest[(word.Length + 1)..];
                break;
            }
        }

        if (rest.StartsWith('+'))
        {
            if (qualifier is not null)
            {
                return FigureProblem.NotAFigure;
            }

            qualifier = FigureQualifier.Plus;
            rest = rest[1..].TrimStart();
        }

        var negative = rest.StartsWith('-') || rest.StartsWith('\u2212');
        if (negative)
        {
            rest = rest[1..].TrimStart();
        }

        var number = NumberPattern().Match(rest);
        if (!number.Success)
        {
            return Diagnose(rest);
        }

        var fraction = number.Groups["fraction"].Value;
        if (fraction.Length > Figure.MaxDecimals)
        {
            return FigureProblem.TooManyDecimals;
        }

        var digits = number.Groups["whole"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
        if (digits.TrimStart('0').Length > Figure.MaxWholeDigits)
        {
            return FigureProblem.TooLarge;
        }

        var value = decimal.Parse(fraction.Length == 0 ? digits : $"{digits}.{fraction}", NumberStyles.AllowDecimalPoint, Invariant);
        return new Figure(negative ? -value : value, qualifier);
    }

    /// <summary>"trên 1.234,5", "+4,7", "-2,3": the figure as a Vietnamese report prints it.</summary>
    public static string Format(Figure figure)
    {
        var number = Format(figure.Number);
        return figure.Qualifier switch
        {
            null => number,
            FigureQualifier.Plus => "+" + number,
            { } word => $"{Word(word)} {number}",
        };
    }

    /// <summary>"1.234,5", "-2,3", "0,125": every decimal the number has, none added.</summary>
    public static string Format(decimal number)
    {
        var normal = number / 1.0000000000000000000000000000m;
        var text = Math.Abs(normal).ToString(Invariant);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var grouped = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                grouped.Append('.');
            }

            grouped.Append(whole[i]);
        }

        var sign = normal < 0 ? "-" : string.Empty;
        return point < 0 ? sign + grouped : $"{sign}{grouped},{text[(point + 1)..]}";
    }

    /// <summary>The Vietnamese word of a qualifier, as it stands before the number.</summary>
    public static string Word(FigureQualifier qualifier) =>
        qualifier == FigureQualifier.Plus ? "+" : Words.First(w => w.Qualifier == qualifier).Word;

    private static FigureProblem Diagnose(string rest)
    {
        if (PointDecimalPattern().IsMatch(rest))
        {
            return FigureProblem.DecimalPoint;
        }

        var lead = LeadingNumberPattern().Match(rest);
        return lead.Success && lead.Length < rest.Length && NumberPattern().IsMatch(lead.Value.TrimEnd())
            ? FigureProblem.TextAfterNumber
            : FigureProblem.NotAFigure;
    }

    private static string Collapse(string? text) =>
        WhiteSpace().Replace(VietnameseText.Clean(text), " ");

    /// <summary>Digits, or groups of three after a thousands dot; then a decimal comma and its digits.</summary>
    [GeneratedRegex(@"^(?<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?<fraction>\d+))?$")]
    private static partial Regex NumberPattern();

    /// <summary>"4.7", "0.25", "1,234.5": a number written the English way, which a Vietnamese reader reads otherwise.</summary>
    [GeneratedRegex(@"^(?:\d+(?:,\d{3})*\.\d+|\d{1,3}(?:,\d{3})+)$")]
    private static partial Regex PointDecimalPattern();

    [GeneratedRegex(@"^[\d.,]+\s*")]
    private static partial Regex LeadingNumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

/// <summary>Why a text is not a figure; the portal words each one for the reader.</summary>
public enum FigureProblem
{
    Empty,

    /// <summary>Not a number with one of the known qualifiers.</summary>
    NotAFigure,

    /// <summary>"4.7" or "1,234.5": the English decimal point, which Vietnamese reads as a thousands dot.</summary>
    DecimalPoint,

    /// <summary>"4,7 %": the unit of measure typed after the number.</summary>
    TextAfterNumber,

    TooManyDecimals,

    TooLarge,
}

/// <summary>A figure, or the reason the text is not one.</summary>
public readonly record struct FigureReading(Figure? Figure, FigureProblem? Problem)
{
    public static implicit operator FigureReading(Figure figure) => new(figure, null);

    public static implicit operator FigureReading(FigureProblem problem) => new(null, problem);
}
