using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Notices;

/// <summary>
/// The named paragraph styles of the DOCX, with the measures of the format profile. Word sizes are in
/// half-points and spacing in twentieths of a point, hence the doubling and the ×20.
/// </summary>
internal static class NoticeDocxStyles
{
    public const string Normal = "Normal";
    public const string Draft = "NoticeDraft";
    public const string Header = "NoticeHeader";
    public const string Party = "NoticeParty";
    public const string Date = "NoticeDate";
    public const string Title = "NoticeTitle";
    public const string Subject = "NoticeSubject";
    public const string Correction = "NoticeCorrection";
    public const string Rule = "NoticeRule";
    public const string Body = "NoticeBody";
    public const string RecipientsHeading = "NoticeRecipientsHeading";
    public const string Recipients = "NoticeRecipients";
    public const string Signature = "NoticeSignature";
    public const string PageNumber = "NoticePageNumber";

    /// <summary>The face named in every run: Word falls back per script, so all four slots are set.</summary>
    public const string FontName = "Times New Roman";

    public static Styles Create(NoticeFormat format)
    {
        var text = format.PageWidth - format.MarginLeft - format.MarginRight;
        var ruleIndent = NoticeDocx.Twips((text - NoticeMeasures.SubjectRuleLength) / 2).ToString(CultureInfo.InvariantCulture);
        return new Styles(
            Defaults(format),
            Style(Normal, "Normal", centred: false, format.BodyFontSize, isDefault: true),
            Style(Draft, "Notice Draft Mark", centred: false, format.BodyFontSize, italic: true, after: format.ParagraphSpacing, right: true),
            Style(Header, "Notice Header", centred: true, format.HeaderFontSize),
            Style(Party, "Notice Party Name", centred: true, format.MottoFontSize, bold: true, underline: true),
            Style(Date, "Notice Place and Date", centred: true, format.HeaderFontSize, italic: true),
            Style(Title, "Notice Title", centred: true, format.TitleFontSize, bold: true, before: format.LineSpacing, keepNext: true),
            Style(Subject, "Notice Subject", centred: true, format.SubjectFontSize, bold: true, keepNext: true),
            Style(Correction, "Notice Correction", centred: true, format.SubjectFontSize, italic: true, keepNext: true),
            RuleStyle(format, ruleIndent),
            BodyStyle(format),
            Style(RecipientsHeading, "Notice Recipients Heading", centred: false, format.RecipientsHeadingFontSize, underline: true),
            Style(Recipients, "Notice Recipients", centred: false, format.RecipientsFontSize),
            Style(Signature, "Notice Signature", centred: true, format.SignatureFontSize),
            Style(PageNumber, "Notice Page Number", centred: true, format.PageNumberFontSize));
    }

    /// <summary>Times New Roman 14 and Vietnamese proofing for anything typed outside our styles.</summary>
    private static DocDefaults Defaults(NoticeFormat format) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(),
            new FontSize { Val = HalfPoints(format.BodyFontSize) },
            new FontSizeComplexScript { Val = HalfPoints(format.BodyFontSize) },
            new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static Style BodyStyle(NoticeFormat format)
    {
        var style = Style(Body, "Notice Body", centred: false, format.BodyFontSize, after: format.ParagraphSpacing);
        var paragraph = style.StyleParagraphProperties!;
        paragraph.Justification = new Justification { Val = JustificationValues.Both };
        paragraph.Indentation = new Indentation { FirstLine = NoticeDocx.Twips(format.FirstLineIndent).ToString(CultureInfo.InvariantCulture) };
        // "At least": a line with a taller glyph may grow, but never shrinks below the guidance's 18 pt.
        paragraph.SpacingBetweenLines = new SpacingBetweenLines
        {
            After = Twentieths(format.ParagraphSpacing),
            Line = Twentieths(format.LineSpacing),
            LineRule = LineSpacingRuleValues.AtLeast,
        };
        paragraph.WidowControl = new WidowControl();
        return style;
    }

    /// <summary>An empty paragraph whose bottom border, narrowed by equal indents, draws the short rule.</summary>
    private static Style RuleStyle(NoticeFormat format, string indent)
    {
        var style = Style(Rule, "Notice Rule", centred: true, 2, after: format.LineSpacing, keepNext: true);
        var paragraph = style.StyleParagraphProperties!;
        paragraph.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" });
        paragraph.Indentation = new Indentation { Left = indent, Right = indent };
        return style;
    }

    private static Style Style(
        string id,
        string name,
        bool centred,
        double size,
        bool bold = false,
        bool italic = false,
        bool underline = false,
        bool isDefault = false,
        double before = 0,
        double after = 0,
        bool keepNext = false,
        bool right = false)
    {
        var paragraph = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twentieths(before), After = Twentieths(after) },
        };
        if (keepNext)
        {
            paragraph.KeepNext = new KeepNext();
        }

        if (centred || right)
        {
            paragraph.Justification = new Justification { Val = right ? JustificationValues.Right : JustificationValues.Center };
        }

        var run = new StyleRunProperties
        {
            RunFonts = Fonts(),
            FontSize = new FontSize { Val = HalfPoints(size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(size) },
        };
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        if (italic)
        {
            run.Italic = new Italic();
            run.ItalicComplexScript = new ItalicComplexScript();
        }

        if (underline)
        {
            run.Underline = new Underline { Val = UnderlineValues.Single };
        }

        var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        else
        {
            style.BasedOn = new BasedOn { Val = Normal };
        }

        return style;
    }

    private static RunFonts Fonts() => new()
    {
        Ascii = FontName,
        HighAnsi = FontName,
        ComplexScript = FontName,
        EastAsia = FontName,
    };

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static string Twentieths(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);
}
