namespace WorkSessions.Domain.Notices;

/// <summary>
/// Every measure of how a notice is set on paper (Hướng dẫn 36-HD/VPTW and its revisions). It is data,
/// held by a <see cref="NoticeFormatProfile"/>, so a new revision of the guidance is a new profile, not new code.
/// Lengths are in millimetres, font sizes and spacing in points.
/// </summary>
public sealed record NoticeFormat
{
    /// <summary>The figures of Hướng dẫn 36-HD/VPTW (3 April 2018): the default profile.</summary>
    public static NoticeFormat Guidance2018 { get; } = new();

    /// <summary>
    /// The reported 2026 revision (05-HD/VPTW): semicolons between recipients and a little more
    /// line spacing; everything else as in 2018.
    /// </summary>
    public static NoticeFormat Guidance2026 { get; } = new() { RecipientSeparator = ";", LineSpacing = 19 };

    public double PageWidth { get; init; } = 210;

    public double PageHeight { get; init; } = 297;

    public double MarginTop { get; init; } = 20;

    public double MarginBottom { get; init; } = 20;

    public double MarginLeft { get; init; } = 30;

    public double MarginRight { get; init; } = 15;

    /// <summary>Share of the text width given to the header's left column (the issuing body), in percent.</summary>
    public int HeaderLeftColumnPercent { get; init; } = 45;

    /// <summary>Issuing body lines, number and the place-and-date line.</summary>
    public double HeaderFontSize { get; init; } = 14;

    /// <summary>"ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
    public double MottoFontSize { get; init; } = 15;

    /// <summary>"THÔNG BÁO".</summary>
    public double TitleFontSize { get; init; } = 15;

    public double SubjectFontSize { get; init; } = 14;

    public double BodyFontSize { get; init; } = 14;

    /// <summary>Distance from one baseline to the next in the body.</summary>
    public double LineSpacing { get; init; } = 18;

    /// <summary>Space after each body paragraph.</summary>
    public double ParagraphSpacing { get; init; } = 6;

    public double FirstLineIndent { get; init; } = 10;

    public double SignatureFontSize { get; init; } = 14;

    /// <summary>Blank lines left for the signature and the seal.</summary>
    public int SignatureBlankLines { get; init; } = 4;

    /// <summary>"Nơi nhận:".</summary>
    public double RecipientsHeadingFontSize { get; init; } = 14;

    public double RecipientsFontSize { get; init; } = 12;

    /// <summary>Ends every recipient but the last: "," in 2018, ";" in the 2026 revision.</summary>
    public string RecipientSeparator { get; init; } = ",";

    /// <summary>Starts every recipient.</summary>
    public string RecipientBullet { get; init; } = "- ";

    /// <summary>The last recipient, always added: where the office keeps its copy.</summary>
    public string ArchiveRecipient { get; init; } = "Lưu Văn phòng Tỉnh ủy";

    public double PageNumberFontSize { get; init; } = 14;

    /// <summary>How a directive's number is written: {0} is the number ("1." gives "1.", "2.", …).</summary>
    public string DirectiveNumberPattern { get; init; } = "{0}.";

    /// <summary>Whether the running number restarts each calendar year or runs through the committee's term.</summary>
    public NumberingScope NumberingScope { get; init; } = NumberingScope.Term;

    /// <summary>First year of the current committee term (nhiệm kỳ), used when numbering runs per term.</summary>
    public int TermStartYear { get; init; } = 2020;

    /// <summary>Length of a committee term in years.</summary>
    public int TermLength { get; init; } = 5;

    /// <summary>
    /// The key numbers are counted under for a notice issued on <paramref name="issuedOn"/>:
    /// "2021" per year, "2020-2025" per term.
    /// </summary>
    public string NumberingPeriod(DateOnly issuedOn)
    {
        if (NumberingScope == NumberingScope.Year)
        {
            return issuedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var length = Math.Max(1, TermLength);
        var start = TermStartYear + ((int)Math.Floor((issuedOn.Year - TermStartYear) / (double)length) * length);
        return $"{start}-{start + length}";
    }
}

/// <summary>When the running number of notices starts again at 1.</summary>
public enum NumberingScope
{
    /// <summary>Continuous through the committee's term (nhiệm kỳ).</summary>
    Term,

    /// <summary>Restarts on 1 January.</summary>
    Year,
}
