using WorkSessions.Documents.Notices;
using WorkSessions.Domain.Notices;
using WorkSessions.Testing;

namespace WorkSessions.Documents.Tests.Notices;

/// <summary>The Trực Ninh notice as printed, checked against notice-format.md with a 1 mm tolerance.</summary>
public class NoticePdfTests
{
    private const double Mm = 1;

    /// <summary>
    /// How far ink may reach past the pen's last position: an italic "y" leans about 0.4 mm beyond
    /// its advance, as in any typesetting. Pen positions themselves stay inside the margins.
    /// </summary>
    private const double InkOverhang = 0.6;
    private static readonly NoticeFormat Format = NoticeFormat.Guidance2018;
    private static readonly Lazy<PrintedPdf> Issued = new(() => Print(SampleNotices.TrucNinh()));
    private static readonly Lazy<PrintedPdf> Draft = new(() => Print(SampleNotices.TrucNinh(number: null)));

    private static double TextLeft => Format.MarginLeft;

    private static double TextRight => Format.PageWidth - Format.MarginRight;

    private static double HeaderSplit => TextLeft + ((TextRight - TextLeft) * Format.HeaderLeftColumnPercent / 100.0);

    [Fact]
    public void The_notice_is_an_A4_document_of_three_pages_with_its_title_in_the_metadata()
    {
        var pdf = Issued.Value;

        pdf.PageWidthMm.ShouldBe(210, 0.1);
        pdf.PageHeightMm.ShouldBe(297, 0.1);
        pdf.PageCount.ShouldBe(3);
        pdf.Title.ShouldBe("Thông báo số 125-TB/TU");
        pdf.Author.ShouldBe("WorkSessions");
        pdf.Creator.ShouldBe("WorkSessions");
    }

    [Fact]
    public void The_issuing_body_is_in_the_left_column_and_the_party_name_in_the_right()
    {
        var pdf = Issued.Value;
        var page = pdf.OnPage(1).ToList();

        foreach (var text in new[] { "ĐẢNG", "BỘ", "TỈNH", "ỦY", "*", "Số", "125-TB/TU" })
        {
            var word = page.First(w => w.Text == text);
            word.Right.ShouldBeLessThan(HeaderSplit, word.ToString());
        }

        var party = Line(page, "CỘNG");
        party[0].BaselineMm.ShouldBe(page.First(w => w.Text == "ĐẢNG").BaselineMm, 0.2, "the two columns' first lines are level");
        string.Join(' ', party.Select(w => w.Text)).ShouldBe(NoticeWording.PartyName);
        party.ShouldAllBe(w => w.Left > HeaderSplit);
        ((party[0].StartX + party[^1].EndX) / 2).ShouldBe((HeaderSplit + TextRight) / 2, Mm);
        party[0].FontName.ShouldContain("Bold");
        party[0].Letters[0].PointSize.ShouldBe(Format.MottoFontSize, 0.01);

        // The place and date share the number's baseline and are italic, centred in the right column.
        var date = Line(page, "Nam", w => w.Left > HeaderSplit);
        string.Join(' ', date.Select(w => w.Text)).ShouldBe("Nam Định, ngày 10 tháng 6 năm 2021");
        date[0].BaselineMm.ShouldBe(page.First(w => w.Text == "Số").BaselineMm, 0.1);
        date[0].FontName.ShouldContain("Italic");
        ((date[0].StartX + date[^1].EndX) / 2).ShouldBe((HeaderSplit + TextRight) / 2, Mm);
    }

    [Fact]
    public void The_title_is_centred_in_the_text_area()
    {
        var title = Line(Issued.Value.OnPage(1).ToList(), "THÔNG");

        string.Join(' ', title.Select(w => w.Text)).ShouldBe("THÔNG BÁO");
        ((title[0].StartX + title[^1].EndX) / 2).ShouldBe((TextLeft + TextRight) / 2, Mm);
        title[0].Letters[0].PointSize.ShouldBe(Format.TitleFontSize, 0.01);
    }

    [Fact]
    public void Every_page_keeps_the_margins()
    {
        var pdf = Issued.Value;
        var text = pdf.Words.Where(w => !IsPageNumber(w)).ToList();

        text.Min(w => w.StartX).ShouldBe(TextLeft, Mm);
        text.Max(w => w.EndX).ShouldBe(TextRight, Mm);
        text.ShouldAllBe(w => w.StartX >= TextLeft - 0.01 && w.EndX <= TextRight + 0.01);
        text.ShouldAllBe(w => w.Left >= TextLeft - InkOverhang && w.Right <= TextRight + InkOverhang);
        text.ShouldAllBe(w => w.Top >= Format.MarginTop && w.Bottom <= Format.PageHeight - Format.MarginBottom);
    }

    [Fact]
    public void Justified_body_lines_end_at_the_right_margin()
    {
        var pdf = Issued.Value;
        var lines = pdf.Lines(1).SkipWhile(l => l[0].Text != "Ngày").Take(4).ToList();

        lines.Count.ShouldBe(4);

        lines[0][0].StartX.ShouldBe(TextLeft + Format.FirstLineIndent, 0.2);
        lines.Skip(1).ShouldAllBe(l => Math.Abs(l[0].StartX - TextLeft) < 0.2);
        lines.ShouldAllBe(l => Math.Abs(l.Last().EndX - TextRight) < 0.2);
    }

    [Fact]
    public void Every_directive_is_printed_whole_and_in_order()
    {
        AssertDirectivesComplete(Issued.Value, SampleNotices.TrucNinh());
    }

    [Fact]
    public void The_lead_unit_and_deadline_are_in_italics()
    {
        var deadline = Issued.Value.Words.First(w => w.Text == "(Thời");

        deadline.FontName.ShouldContain("Italic");
        Issued.Value.Words.First(w => w.Text == "Tiếp").FontName.ShouldNotContain("Italic");
    }

    [Fact]
    public void The_recipients_sit_left_of_the_signature_and_level_with_it()
    {
        var pdf = Issued.Value;
        var heading = pdf.Words.Single(w => w.Text == "nhận:");
        var authority = pdf.Words.Single(w => w.Text == "T/M");
        var name = Line(pdf.OnPage(pdf.PageCount).ToList(), "Túc");

        heading.Page.ShouldBe(pdf.PageCount);
        authority.Page.ShouldBe(pdf.PageCount);
        heading.BaselineMm.ShouldBe(authority.BaselineMm, 0.1);
        heading.Right.ShouldBeLessThan(authority.Left);
        heading.Letters[0].PointSize.ShouldBe(Format.RecipientsHeadingFontSize, 0.01);
        pdf.Words.Single(w => w.Text == "Lưu").Letters[0].PointSize.ShouldBe(Format.RecipientsFontSize, 0.01);
        string.Join(' ', name.Select(w => w.Text)).ShouldBe("Phạm Gia Túc");
        name[0].FontName.ShouldContain("Bold");

        // Room for the signature and seal: the blank lines between the position and the name.
        var position = pdf.Words.Single(w => w.Text == "BÍ");
        (name[0].BaselineMm - position.BaselineMm).ShouldBeGreaterThan((Format.SignatureBlankLines + 1) * Format.SignatureFontSize / PrintedPdf.PtPerMm);
    }

    [Fact]
    public void Recipients_heading_is_underlined()
    {
        var pdf = Issued.Value;
        var heading = pdf.Words.Single(w => w.Text == "Nơi");
        var image = pdf.Rasterise(144)[pdf.PageCount - 1];
        var toPixels = 144 / 25.4;
        var y0 = (int)(heading.BaselineMm * toPixels);
        var (x0, x1) = ((int)(heading.StartX * toPixels) + 2, (int)(pdf.Words.Single(w => w.Text == "nhận:").EndX * toPixels) - 2);

        Enumerable.Range(y0, 6).ShouldContain(y => Enumerable.Range(x0, x1 - x0).All(x => image.IsInk(x, y)));
    }

    [Fact]
    public void Page_numbers_start_on_page_two()
    {
        var pdf = Issued.Value;

        pdf.OnPage(1).ShouldAllBe(w => w.Top >= Format.MarginTop);
        for (var page = 2; page <= pdf.PageCount; page++)
        {
            var number = pdf.OnPage(page).Single(w => w.Bottom < Format.MarginTop);
            number.Text.ShouldBe(page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            number.CentreX.ShouldBe((TextLeft + TextRight) / 2, Mm);
        }
    }

    [Fact]
    public void A_draft_says_so_and_has_no_number_or_date()
    {
        var pdf = Draft.Value;
        var page = pdf.OnPage(1).ToList();

        var mark = Line(page, "DỰ");
        string.Join(' ', mark.Select(w => w.Text)).ShouldBe(NoticeWording.DraftMark);
        mark[0].FontName.ShouldContain("Italic");
        mark[^1].EndX.ShouldBe(TextRight, 0.2);
        mark[0].Bottom.ShouldBeLessThan(page.First(w => w.Text == "ĐẢNG").Top);
        page.ShouldNotContain(w => w.Text.Contains("125", StringComparison.Ordinal));
        page.Single(w => w.Text == "-TB/TU").ShouldNotBeNull();
        pdf.Title.ShouldBe("Dự thảo thông báo");
    }

    [Fact]
    public void An_issued_notice_has_no_draft_mark()
    {
        Issued.Value.Words.ShouldNotContain(w => w.Text == "THẢO");
    }

    [Fact]
    public void A_long_notice_flows_over_several_pages_with_every_directive_whole_and_nothing_cut()
    {
        var content = SampleNotices.Long(40);
        var pdf = Print(content);

        pdf.PageCount.ShouldBeGreaterThan(4);
        AssertDirectivesComplete(pdf, content);
        var text = pdf.Words.Where(w => !IsPageNumber(w)).ToList();
        text.ShouldAllBe(w => w.StartX >= TextLeft - 0.01 && w.EndX <= TextRight + 0.01);
        text.ShouldAllBe(w => w.Left >= TextLeft - InkOverhang && w.Right <= TextRight + InkOverhang);
        text.ShouldAllBe(w => w.Top >= Format.MarginTop && w.Bottom <= Format.PageHeight - Format.MarginBottom);
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            pdf.Lines(page)[^1].Max(w => w.Bottom).ShouldBeLessThanOrEqualTo(Format.PageHeight - Format.MarginBottom);
        }

        // The signature never stands alone: the closing words are on its page.
        pdf.Words.Single(w => w.Text.EndsWith("./.", StringComparison.Ordinal)).Page.ShouldBe(pdf.Words.Single(w => w.Text == "T/M").Page);
    }

    [Fact]
    public void The_2026_profile_separates_recipients_with_semicolons()
    {
        var pdf = Print(SampleNotices.TrucNinh(), NoticeFormat.Guidance2026);

        var recipients = pdf.Words.Where(w => Math.Abs(w.Letters[0].PointSize - Format.RecipientsFontSize) < 0.01).Select(w => w.Text).ToList();
        recipients.ShouldContain("Ninh;");
        recipients.ShouldContain("ủy;");
        recipients.ShouldNotContain("Ninh,");
    }

    private static PrintedPdf Print(NoticeContent content, NoticeFormat? format = null) =>
        new(NoticePdf.Render(new NoticeWording(content, format ?? Format)));

    private static bool IsPageNumber(PrintedWord word) => word.Bottom < Format.MarginTop && int.TryParse(word.Text, out _);

    /// <summary>The words on the line of the first word reading <paramref name="text"/>, left to right.</summary>
    private static List<PrintedWord> Line(List<PrintedWord> page, string text, Func<PrintedWord, bool>? where = null)
    {
        var anchor = page.First(w => w.Text == text && (where?.Invoke(w) ?? true));
        return [.. page.Where(w => Math.Abs(w.BaselineMm - anchor.BaselineMm) < 0.1 && (where?.Invoke(w) ?? true)).OrderBy(w => w.StartX)];
    }

    /// <summary>Each directive's words, number to deadline, follow one another in the reading order.</summary>
    private static void AssertDirectivesComplete(PrintedPdf pdf, NoticeContent content)
    {
        var printed = pdf.ReadingOrder(w => !IsPageNumber(w));
        var wording = new NoticeWording(content, Format);
        var from = 0;
        foreach (var directive in wording.Directives)
        {
            var expected = directive.FullText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var at = IndexOf(printed, expected, from);
            at.ShouldBeGreaterThanOrEqualTo(0, $"directive {directive.Number} is not printed whole after: {string.Join(' ', printed.Skip(from).Take(80))}");
            from = at + expected.Length;
        }
    }

    private static int IndexOf(List<string> words, string[] sequence, int from)
    {
        for (var i = from; i <= words.Count - sequence.Length; i++)
        {
            if (words.Skip(i).Take(sequence.Length).SequenceEqual(sequence, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
