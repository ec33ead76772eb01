using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Documents.Tests;

public sealed partial class NoticeHtmlTests
{
    private static readonly NoticeWording TrucNinh = new(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018);

    [Fact]
    public void The_fragment_shows_every_string_of_the_wording_in_reading_order()
    {
        var text = VisibleText(NoticeHtml.Render(TrucNinh));

        ShouldAppearInOrder(text, ReadingOrder(TrucNinh));
    }

    [Fact]
    public void The_fragment_has_one_article_root_with_two_column_header_and_footer_tables()
    {
        var root = XElement.Parse(NoticeHtml.Render(TrucNinh));

        root.Name.LocalName.ShouldBe("article");
        root.Attribute("class")!.Value.ShouldBe("ws-notice");
        var tables = root.Elements("table").ToList();
        tables.Count.ShouldBe(2);
        tables.SelectMany(t => t.Elements("tr")).ShouldAllBe(row => row.Elements("td").Count() == 2);
        tables[0].Elements("tr").First().Elements("td").First().Value.ShouldContain("TỈNH ỦY");
        tables[0].Elements("tr").First().Elements("td").Last().Value.ShouldContain(NoticeWording.PartyName);
        tables[1].Elements("tr").Single().Elements("td").First().Elements().First().Value.ShouldBe(NoticeWording.RecipientsHeading);
    }

    [Fact]
    public void Directive_details_are_emphasised()
    {
        var root = XElement.Parse(NoticeHtml.Render(TrucNinh));

        var emphasised = root.Descendants("em").Select(e => e.Value).ToList();

        emphasised.ShouldBe(TrucNinh.Directives.Select(d => d.Detail).OfType<string>());
    }

    [Fact]
    public void Vietnamese_letters_are_written_as_characters_not_entities()
    {
        var html = NoticeHtml.Render(TrucNinh);

        html.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        html.ShouldContain("Ban Thường vụ Huyện ủy Trực Ninh");
        var entities = NumericEntity().Matches(html).Select(m => int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        entities.ShouldAllBe(codePoint => codePoint < 0x80, "only ASCII markup characters may be escaped");
    }

    [Fact]
    public void Markup_in_the_content_is_encoded_not_executed()
    {
        var content = SampleNotices.TrucNinh() with { Directives = [new(1, "<script>alert(1)</script>", null, null)] };

        var html = NoticeHtml.Render(new NoticeWording(content, NoticeFormat.Guidance2018));

        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;");
        VisibleText(html).ShouldContain("1. <script>alert(1)</script>");
    }

    [Fact]
    public void A_draft_shows_the_draft_mark_first_and_no_number_or_date()
    {
        var draft = new NoticeWording(SampleNotices.TrucNinh(number: null), NoticeFormat.Guidance2018);

        var text = VisibleText(NoticeHtml.Render(draft));

        text.TrimStart().ShouldStartWith(NoticeWording.DraftMark);
        text.ShouldContain("Số      -TB/TU");
        text.ShouldContain("Nam Định, ngày      tháng      năm 2021");
        text.ShouldNotContain("125-TB/TU");
        VisibleText(NoticeHtml.Render(TrucNinh)).ShouldNotContain(NoticeWording.DraftMark);
    }

    [Fact]
    public void A_correction_line_follows_the_subject()
    {
        var wording = new NoticeWording(SampleNotices.TrucNinh() with { Corrects = "120-TB/TU" }, NoticeFormat.Guidance2018);

        ShouldAppearInOrder(VisibleText(NoticeHtml.Render(wording)), [wording.Subject, "(Đính chính Thông báo số 120-TB/TU)", wording.Opening[0]]);
    }

    [Fact]
    public void The_stylesheet_carries_the_profile_margins_and_sizes()
    {
        var css = NoticeHtml.Stylesheet(NoticeFormat.Guidance2018);

        css.ShouldContain("padding: 20mm 15mm 20mm 30mm;");
        css.ShouldContain("font-size: 14pt; line-height: 18pt;");
        css.ShouldContain("text-indent: 10mm;");
        NoticeHtml.Stylesheet(NoticeFormat.Guidance2026).ShouldContain("line-height: 19pt;");
    }

    [Fact]
    public void Changing_the_profile_changes_the_css_of_the_rendered_fragment()
    {
        var format = NoticeFormat.Guidance2018 with { MarginLeft = 35, BodyFontSize = 13 };

        var html = NoticeHtml.Render(new NoticeWording(SampleNotices.TrucNinh(), format));

        html.ShouldContain("padding: 20mm 15mm 20mm 35mm;");
        html.ShouldContain("font-size: 13pt; line-height: 18pt;");
        html.ShouldNotContain("20mm 15mm 20mm 30mm");
    }

    [Fact]
    public void Css_numbers_use_a_dot_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            NoticeHtml.Stylesheet(NoticeFormat.Guidance2018 with { LineSpacing = 18.5 }).ShouldContain("line-height: 18.5pt;");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_document_is_a_standalone_vietnamese_page_with_a4_print_rules()
    {
        var page = NoticeHtml.Document(TrucNinh);

        page.ShouldStartWith("<!DOCTYPE html>");
        page.ShouldContain("<html lang=\"vi\">");
        page.ShouldContain("<meta charset=\"utf-8\">");
        page.ShouldContain("@page { size: 210mm 297mm; margin: 20mm 15mm 20mm 30mm;");
        page.ShouldContain("@page :first");
        page.ShouldContain(NoticeHtml.Render(TrucNinh));
    }

    internal static IReadOnlyList<string> ReadingOrder(NoticeWording wording) =>
    [
        wording.ParentBody,
        wording.IssuingBody,
        NoticeWording.PartyName,
        wording.NumberLine,
        wording.PlaceAndDate,
        wording.Title,
        wording.Subject,
        .. wording.Opening,
        .. wording.Summary,
        .. wording.Assessment,
        .. wording.Directives.Select(d => d.FullText),
        wording.Closing,
        NoticeWording.RecipientsHeading,
        .. wording.Recipients,
        wording.AuthorityLine,
        wording.PositionLine,
        wording.SignerName,
    ];

    internal static void ShouldAppearInOrder(string text, IEnumerable<string> expected)
    {
        var position = 0;
        foreach (var item in expected)
        {
            var found = text.IndexOf(item, position, StringComparison.Ordinal);
            found.ShouldBeGreaterThanOrEqualTo(0, $"\"{item}\" should appear after position {position}");
            position = found + item.Length;
        }
    }

    /// <summary>The visible text split into words, as a reader of the page would list them.</summary>
    internal static List<string> VisibleWords(string html) =>
        [.. VisibleText(html).Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>What a reader sees: the style element dropped, the tags removed, the entities decoded.</summary>
    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(StyleElement().Replace(html, string.Empty), string.Empty));

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("&#x([0-9A-Fa-f]+);")]
    private static partial Regex NumericEntity();
}
