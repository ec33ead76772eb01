using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Notices;

/// <summary>The notice as an HTML fragment for the portal's preview: the same words in the same order as the PDF.</summary>
public static class NoticeHtml
{
    /// <summary>Times New Roman first; the metric-compatible faces where it is not installed.</summary>
    private const string FontFamily = "\"Times New Roman\", \"Liberation Serif\", Tinos, serif";

    /// <summary>
    /// Encodes only what HTML needs encoded. <see cref="HtmlEncoder.Default"/> would turn every
    /// Vietnamese letter outside Basic Latin into an entity, which makes the markup unreadable and
    /// the text unsearchable in the page source.
    /// </summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// One <c>&lt;article class="ws-notice"&gt;</c> carrying its own <c>&lt;style&gt;</c>, since the
    /// measures come from the notice's format profile (the portal's CSP allows inline styles).
    /// The header is a table of two rows so the number lines up with the place and date, as on paper.
    /// </summary>
    public static string Render(NoticeWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var html = new StringBuilder(16 * 1024);
        html.Append("<article class=\"ws-notice\" lang=\"vi\">\n");
        html.Append("<style>").Append(Stylesheet(wording.Format)).Append("</style>\n");
        if (wording.IsDraft)
        {
            Line(html, "p", "ws-draft", NoticeWording.DraftMark);
        }

        AppendHeader(html, wording);
        Line(html, "p", "ws-title", wording.Title);
        Line(html, "p", "ws-subject", wording.Subject);
        if (wording.CorrectionLine is { } correction)
        {
            Line(html, "p", "ws-correction", correction);
        }

        // Self-closed so the whole fragment is also well-formed XML, which the tests rely on to read it.
        html.Append("<hr class=\"ws-rule\" />\n");
        foreach (var paragraph in wording.Opening.Concat(wording.Summary).Concat(wording.Assessment))
        {
            Line(html, "p", "ws-body", paragraph);
        }

        foreach (var directive in wording.Directives)
        {
            AppendDirective(html, directive);
        }

        Line(html, "p", "ws-body", wording.Closing);
        AppendFooter(html, wording);
        html.Append("</article>\n");
        return html.ToString();
    }

    /// <summary>
    /// A standalone page for printing with a browser (headless Chromium in the benchmark). On paper the
    /// margins come from <c>@page</c> so that every page has them, not only the first, and the page
    /// number sits in the top margin from page 2 on, as the guidance asks.
    /// </summary>
    public static string Document(NoticeWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var format = wording.Format;
        var title = Encoder.Encode($"{wording.Title} {wording.Subject}");
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>{{title}}</title>
            <style>
            @page { size: {{Mm(format.PageWidth)}} {{Mm(format.PageHeight)}}; margin: {{Margins(format)}};
              @top-center { content: counter(page); font-family: {{FontFamily}}; font-size: {{Pt(format.PageNumberFontSize)}}; } }
            @page :first { @top-center { content: none; } }
            html, body { margin: 0; padding: 0; background: #fff; }
            @media print { body .ws-notice { width: auto; min-height: 0; padding: 0; } }
            </style>
            </head>
            <body>
            {{Render(wording)}}</body>
            </html>

            """;
    }

    /// <summary>
    /// The preview's CSS, every rule scoped under <c>.ws-notice</c> so it cannot restyle the portal.
    /// On screen the page is a sheet of the profile's paper size with the margins as padding.
    /// Numbers are written with the invariant culture: CSS wants "0.5", never the Vietnamese "0,5".
    /// </summary>
    public static string Stylesheet(NoticeFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var left = format.HeaderLeftColumnPercent.ToString(CultureInfo.InvariantCulture);
        var right = (100 - format.HeaderLeftColumnPercent).ToString(CultureInfo.InvariantCulture);
        return $$"""

            .ws-notice { box-sizing: border-box; width: {{Mm(format.PageWidth)}}; min-height: {{Mm(format.PageHeight)}}; padding: {{Margins(format)}}; margin: 0 auto; background: #fff; color: #000; font-family: {{FontFamily}}; font-size: {{Pt(format.BodyFontSize)}}; line-height: {{Pt(format.LineSpacing)}}; }
            .ws-notice p { margin: 0; }
            .ws-notice table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            .ws-notice td { padding: 0; vertical-align: top; text-align: center; font-size: {{Pt(format.HeaderFontSize)}}; }
            .ws-notice .ws-left { width: {{left}}%; }
            .ws-notice .ws-right { width: {{right}}%; }
            .ws-notice .ws-keep-spaces { white-space: pre-wrap; }
            .ws-notice .ws-party { display: inline-block; font-weight: bold; font-size: {{Pt(format.MottoFontSize)}}; border-bottom: 1px solid #000; }
            .ws-notice .ws-date { font-style: italic; }
            .ws-notice .ws-draft { text-align: right; font-style: italic; font-size: {{Pt(format.BodyFontSize)}}; margin-bottom: {{Pt(format.ParagraphSpacing)}}; }
            .ws-notice .ws-title { text-align: center; font-weight: bold; font-size: {{Pt(format.TitleFontSize)}}; margin-top: {{Pt(format.LineSpacing)}}; }
            .ws-notice .ws-subject, .ws-notice .ws-correction { text-align: center; font-size: {{Pt(format.SubjectFontSize)}}; }
            .ws-notice .ws-subject { font-weight: bold; }
            .ws-notice .ws-correction { font-style: italic; }
            .ws-notice .ws-rule { width: {{Mm(NoticeMeasures.SubjectRuleLength)}}; margin: {{Pt(format.ParagraphSpacing)}} auto {{Pt(format.LineSpacing)}}; border: 0; border-top: 1px solid #000; }
            .ws-notice .ws-body { text-align: justify; text-indent: {{Mm(format.FirstLineIndent)}}; margin-bottom: {{Pt(format.ParagraphSpacing)}}; }
            .ws-notice .ws-footer { margin-top: {{Pt(format.ParagraphSpacing)}}; break-inside: avoid; }
            .ws-notice .ws-recipients { text-align: left; }
            .ws-notice .ws-recipients-heading { text-decoration: underline; font-size: {{Pt(format.RecipientsHeadingFontSize)}}; }
            .ws-notice .ws-recipient { font-size: {{Pt(format.RecipientsFontSize)}}; line-height: 1.2; }
            .ws-notice .ws-signature p { font-size: {{Pt(format.SignatureFontSize)}}; }
            .ws-notice .ws-strong { font-weight: bold; }
            .ws-notice .ws-signature-space { height: {{Pt(format.SignatureBlankLines * format.LineSpacing)}}; }

            """;
    }

    private static void AppendHeader(StringBuilder html, NoticeWording wording)
    {
        html.Append("<table class=\"ws-header\" role=\"presentation\">\n<tr><td class=\"ws-left\">\n");
        if (wording.ParentBody.Length > 0)
        {
            Line(html, "p", null, wording.ParentBody);
        }

        Line(html, "p", "ws-strong", wording.IssuingBody);
        Line(html, "p", null, "*");
        html.Append("</td><td class=\"ws-right\">\n<p>");
        Span(html, "ws-party", NoticeWording.PartyName);
        html.Append("</p>\n</td></tr>\n<tr><td class=\"ws-left\">\n");
        Line(html, "p", "ws-keep-spaces", wording.NumberLine);
        html.Append("</td><td class=\"ws-right\">\n");
        Line(html, "p", "ws-date ws-keep-spaces", wording.PlaceAndDate);
        html.Append("</td></tr>\n</table>\n");
    }

    private static void AppendDirective(StringBuilder html, DirectiveWording directive)
    {
        html.Append("<p class=\"ws-body ws-directive\">")
            .Append(Encoder.Encode(directive.Number)).Append(' ')
            .Append(Encoder.Encode(directive.Text));
        if (directive.Detail is { } detail)
        {
            html.Append(" <em>").Append(Encoder.Encode(detail)).Append("</em>");
        }

        html.Append("</p>\n");
    }

    private static void AppendFooter(StringBuilder html, NoticeWording wording)
    {
        html.Append("<table class=\"ws-footer\" role=\"presentation\">\n<tr><td class=\"ws-left ws-recipients\">\n");
        Line(html, "p", "ws-recipients-heading", NoticeWording.RecipientsHeading);
        foreach (var recipient in wording.Recipients)
        {
            Line(html, "p", "ws-recipient", recipient);
        }

        html.Append("</td><td class=\"ws-right ws-signature\">\n");
        Line(html, "p", "ws-strong", wording.AuthorityLine);
        Line(html, "p", "ws-strong", wording.PositionLine);
        html.Append("<div class=\"ws-signature-space\"></div>\n");
        Line(html, "p", "ws-strong", wording.SignerName);
        html.Append("</td></tr>\n</table>\n");
    }

    private static void Line(StringBuilder html, string tag, string? cssClass, string text)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').Append(Encoder.Encode(text)).Append("</").Append(tag).Append(">\n");
    }

    private static void Span(StringBuilder html, string cssClass, string text) =>
        html.Append("<span class=\"").Append(cssClass).Append("\">").Append(Encoder.Encode(text)).Append("</span>");

    private static string Margins(NoticeFormat format) =>
        $"{Mm(format.MarginTop)} {Mm(format.MarginRight)} {Mm(format.MarginBottom)} {Mm(format.MarginLeft)}";

    private static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";

    private static string Pt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
