using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Documents.Tests;

public sealed class NoticeDocxTests
{
    private static readonly NoticeWording TrucNinh = new(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018);

    [Theory]
    [InlineData(FileFormatVersions.Office2007)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_document_is_valid_open_xml(FileFormatVersions version)
    {
        foreach (var content in new[] { SampleNotices.TrucNinh(), SampleNotices.TrucNinh(number: null), SampleNotices.Long() })
        {
            using var document = Open(new NoticeWording(content, NoticeFormat.Guidance2018));

            var errors = new OpenXmlValidator(version).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

            errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_page_is_a4_with_the_profile_margins_in_twips()
    {
        using var document = Open(TrucNinh);

        var section = Section(document);
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        ((uint)size.Width!).ShouldBe(11906U);
        ((uint)size.Height!).ShouldBe(16838U);
        ((int)margin.Top!).ShouldBe(1134);
        ((int)margin.Bottom!).ShouldBe(1134);
        ((uint)margin.Left!).ShouldBe(1701U);
        ((uint)margin.Right!).ShouldBe(850U);
    }

    [Fact]
    public void Changing_the_profile_changes_the_margins()
    {
        using var document = Open(new NoticeWording(SampleNotices.TrucNinh(), NoticeFormat.Guidance2018 with { MarginLeft = 35 }));

        ((uint)Section(document).GetFirstChild<PageMargin>()!.Left!).ShouldBe(1984U);
    }

    [Fact]
    public void The_header_table_has_the_issuing_body_left_and_the_party_name_right()
    {
        using var document = Open(TrucNinh);

        var header = Body(document).Elements<Table>().First();
        header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count().ShouldBe(2);
        header.Elements<TableRow>().ShouldAllBe(row => row.Elements<TableCell>().Count() == 2);
        var rows = header.Elements<TableRow>().Select(row => row.Elements<TableCell>().Select(Lines).ToList()).ToList();
        rows[0][0].ShouldBe(["ĐẢNG BỘ TỈNH NAM ĐỊNH", "TỈNH ỦY", "*"]);
        rows[0][1].ShouldBe([NoticeWording.PartyName]);
        rows[1][0].ShouldBe(["Số 125-TB/TU"]);
        rows[1][1].ShouldBe(["Nam Định, ngày 10 tháng 6 năm 2021"]);
        header.Descendants<TableBorders>().Single().Elements<BorderType>().ShouldAllBe(b => b.Val! == BorderValues.None);
    }

    [Fact]
    public void The_party_name_is_bold_and_underlined_and_the_date_italic()
    {
        using var document = Open(TrucNinh);

        var party = StyleOf(document, "NoticeParty").StyleRunProperties!;
        party.Bold.ShouldNotBeNull();
        party.Underline!.Val!.Value.ShouldBe(UnderlineValues.Single);
        party.FontSize!.Val!.Value!.ShouldBe("30");
        StyleOf(document, "NoticeDate").StyleRunProperties!.Italic.ShouldNotBeNull();
    }

    [Fact]
    public void Title_and_subject_come_centred_before_the_body()
    {
        using var document = Open(TrucNinh);

        var paragraphs = Body(document).Elements<Paragraph>().ToList();
        paragraphs[0].InnerText.ShouldBe("THÔNG BÁO");
        StyleId(paragraphs[0]).ShouldBe("NoticeTitle");
        paragraphs[1].InnerText.ShouldBe(TrucNinh.Subject);
        StyleId(paragraphs[1]).ShouldBe("NoticeSubject");
        StyleOf(document, "NoticeTitle").StyleParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Center);
        StyleOf(document, "NoticeSubject").StyleParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Center);
    }

    [Fact]
    public void The_body_paragraphs_are_the_wording_body_text_in_order()
    {
        foreach (var wording in new[] { TrucNinh, new NoticeWording(SampleNotices.Long(), NoticeFormat.Guidance2018) })
        {
            using var document = Open(wording);

            var body = Body(document).Elements<Paragraph>().Where(p => StyleId(p) == "NoticeBody").Select(p => p.InnerText);

            body.ShouldBe(wording.BodyText());
        }
    }

    [Fact]
    public void Directive_details_are_italic_and_the_rest_is_not()
    {
        using var document = Open(TrucNinh);

        var directives = Body(document).Elements<Paragraph>().Where(p => StyleId(p) == "NoticeBody").Skip(TrucNinh.Opening.Count + TrucNinh.Summary.Count + TrucNinh.Assessment.Count).Take(TrucNinh.Directives.Count).ToList();
        directives.Count.ShouldBe(10);
        foreach (var (paragraph, directive) in directives.Zip(TrucNinh.Directives))
        {
            var italic = paragraph.Elements<Run>().Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText);
            italic.ShouldBe(directive.Detail is null ? [] : [directive.Detail]);
            paragraph.Elements<Run>().First().InnerText.ShouldStartWith(directive.Number + " ");
        }
    }

    [Fact]
    public void The_named_styles_exist_in_times_new_roman_with_the_profile_sizes()
    {
        using var document = Open(TrucNinh);

        foreach (var id in new[] { "NoticeBody", "NoticeTitle", "NoticeSubject", "NoticeHeader", "NoticeRecipients", "NoticeSignature" })
        {
            var fonts = StyleOf(document, id).StyleRunProperties!.RunFonts!;
            new[] { fonts.Ascii, fonts.HighAnsi, fonts.ComplexScript, fonts.EastAsia }.ShouldAllBe(f => f!.Value == "Times New Roman", id);
        }

        StyleOf(document, "NoticeBody").StyleRunProperties!.FontSize!.Val!.Value!.ShouldBe("28");
        StyleOf(document, "NoticeRecipients").StyleRunProperties!.FontSize!.Val!.Value!.ShouldBe("24");
        StyleOf(document, "NoticeTitle").StyleRunProperties!.FontSize!.Val!.Value!.ShouldBe("30");
    }

    [Fact]
    public void The_body_style_is_justified_with_indent_and_spacing_from_the_profile()
    {
        using var document = Open(TrucNinh);

        var body = StyleOf(document, "NoticeBody").StyleParagraphProperties!;
        body.Justification!.Val!.Value.ShouldBe(JustificationValues.Both);
        body.Indentation!.FirstLine!.Value!.ShouldBe("567");
        body.SpacingBetweenLines!.Line!.Value!.ShouldBe("360");
        body.SpacingBetweenLines.LineRule!.Value.ShouldBe(LineSpacingRuleValues.AtLeast);
        body.SpacingBetweenLines.After!.Value!.ShouldBe("120");

        using var revised = Open(new NoticeWording(SampleNotices.TrucNinh(), NoticeFormat.Guidance2026));
        StyleOf(revised, "NoticeBody").StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value!.ShouldBe("380");
    }

    [Fact]
    public void Page_numbers_start_on_page_two()
    {
        using var document = Open(TrucNinh);

        var section = Section(document);
        section.GetFirstChild<TitlePage>().ShouldNotBeNull();
        var main = document.MainDocumentPart!;
        HeaderPart Header(HeaderFooterValues type) =>
            (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!);
        Header(HeaderFooterValues.Default).Header!.Descendants<FieldCode>().Single().Text.Trim().ShouldBe("PAGE");
        Header(HeaderFooterValues.First).Header!.InnerText.ShouldBeEmpty();
    }

    [Fact]
    public void The_footer_table_has_recipients_left_and_the_signature_right_on_one_unsplittable_row()
    {
        using var document = Open(TrucNinh);

        var footer = Body(document).Elements<Table>().Last();
        var row = footer.Elements<TableRow>().Single();
        row.TableRowProperties!.GetFirstChild<CantSplit>().ShouldNotBeNull();
        var cells = row.Elements<TableCell>().ToList();
        cells.Count.ShouldBe(2);
        Lines(cells[0]).ShouldBe(["Nơi nhận:", .. TrucNinh.Recipients]);
        var signature = cells[1].Elements<Paragraph>().Select(p => p.InnerText).ToList();
        signature.Where(line => line.Length > 0).ShouldBe(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Phạm Gia Túc"]);
        signature.Count(line => line.Length == 0).ShouldBe(NoticeFormat.Guidance2018.SignatureBlankLines);
        signature[^1].ShouldBe("Phạm Gia Túc");
    }

    [Fact]
    public void The_2026_profile_separates_recipients_with_semicolons()
    {
        using var document = Open(new NoticeWording(SampleNotices.TrucNinh(), NoticeFormat.Guidance2026));

        var recipients = Lines(Body(document).Elements<Table>().Last().Descendants<TableCell>().First()).Skip(1).ToList();

        recipients.ShouldBe(
        [
            "- Ban Thường vụ Huyện ủy Trực Ninh;",
            "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;",
            "- Các ban, đơn vị của Tỉnh ủy;",
            "- Lưu Văn phòng Tỉnh ủy.",
        ]);
    }

    [Fact]
    public void A_draft_starts_with_the_italic_draft_mark_and_leaves_the_number_blank()
    {
        using var document = Open(new NoticeWording(SampleNotices.TrucNinh(number: null), NoticeFormat.Guidance2018));

        var first = Body(document).Elements<Paragraph>().First();
        first.InnerText.ShouldBe(NoticeWording.DraftMark);
        StyleOf(document, StyleId(first)!).StyleRunProperties!.Italic.ShouldNotBeNull();
        var header = Body(document).Elements<Table>().First().InnerText;
        header.ShouldContain("Số      -TB/TU");
        header.ShouldNotContain("125");
        using var issued = Open(TrucNinh);
        Body(issued).InnerText.ShouldNotContain(NoticeWording.DraftMark);
    }

    [Fact]
    public void Markup_in_the_content_is_kept_as_text()
    {
        var content = SampleNotices.TrucNinh() with { Directives = [new(1, "<w:p>&amp; <script>", null, null)] };

        using var document = Open(new NoticeWording(content, NoticeFormat.Guidance2018));

        Body(document).Elements<Paragraph>().ShouldContain(p => p.InnerText == "1. <w:p>&amp; <script>");
    }

    [Fact]
    public void The_core_properties_name_the_notice_and_the_creator()
    {
        using var document = Open(TrucNinh);

        document.PackageProperties.Title.ShouldBe($"THÔNG BÁO {TrucNinh.Subject}");
        document.PackageProperties.Creator.ShouldBe("WorkSessions");
    }

    private static WordprocessingDocument Open(NoticeWording wording) =>
        WordprocessingDocument.Open(new MemoryStream(NoticeDocx.Render(wording)), isEditable: false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static SectionProperties Section(WordprocessingDocument document) => Body(document).Elements<SectionProperties>().Single();

    private static Style StyleOf(WordprocessingDocument document, string id) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    private static string? StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<string> Lines(TableCell cell) => [.. cell.Elements<Paragraph>().Select(p => p.InnerText)];
}
