using System.IO.Compression;
using System.Text;
using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tests.Attachments;

public class FileSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, FileFormat.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, FileFormat.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46 }, FileFormat.Jpeg)]
    public void Pdf_png_and_jpeg_are_told_by_their_first_bytes(byte[] head, FileFormat expected)
    {
        using var content = new MemoryStream([.. head, .. new byte[100]]);

        FileSniffer.Detect(content).ShouldBe(expected);
        content.Position.ShouldBe(0);
    }

    [Fact]
    public void A_word_package_is_docx_and_an_excel_package_is_xlsx()
    {
        using var word = OfficePackage("word/document.xml", WordMain);
        using var excel = OfficePackage("xl/workbook.xml", ExcelMain, [("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")]);

        FileSniffer.Detect(word).ShouldBe(FileFormat.Docx);
        FileSniffer.Detect(excel).ShouldBe(FileFormat.Xlsx);
    }

    [Fact]
    public void The_main_part_is_found_by_the_package_relationship_whatever_it_is_called()
    {
        using var renamed = OfficePackage("noi-dung/van-ban.xml", WordMain);

        FileSniffer.Detect(renamed).ShouldBe(FileFormat.Docx);
    }

    [Theory]
    [InlineData("application/vnd.ms-word.document.macroEnabled.main+xml", null, "a .docm's main part under a .docx name")]
    [InlineData("application/vnd.ms-excel.sheet.macroEnabled.main+xml", null, "an .xlsm's main part")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", null, "a template, not a document")]
    [InlineData(WordMain, "word/du-lieu.bin", "a VBA project under another name")]
    [InlineData(WordMain, "word/vbaProject.bin", "a VBA project under its usual name")]
    public void A_package_that_can_carry_code_is_refused_whatever_its_parts_are_called(string mainType, string? vbaPart, string why)
    {
        var parts = vbaPart is null ? [] : new[] { (vbaPart, "application/vnd.ms-office.vbaProject") };
        using var package = OfficePackage("word/document.xml", mainType, parts);

        FileSniffer.Detect(package).ShouldBeNull(why);
    }

    [Fact]
    public void A_relationship_to_a_VBA_project_is_refused_even_with_a_harmless_content_type()
    {
        using var package = OfficePackage(
            "word/document.xml",
            WordMain,
            [("word/anh.png", "image/png")],
            ("word/_rels/document.xml.rels", Relationships(("http://schemas.microsoft.com/office/2006/relationships/vbaProject", "anh.png"))));

        FileSniffer.Detect(package).ShouldBeNull();
    }

    [Fact]
    public void A_package_with_a_DTD_is_not_read_and_is_refused()
    {
        using var package = OfficePackage("word/document.xml", WordMain);
        using var withEntity = Rewrite(package, "[Content_Types].xml", xml => xml.Replace("?>", "?><!DOCTYPE Types [<!ENTITY a \"aaaaaaaaaa\">]>", StringComparison.Ordinal));

        FileSniffer.Detect(withEntity).ShouldBeNull();
    }

    [Fact]
    public void A_package_without_content_types_or_without_its_main_part_is_refused()
    {
        using var noTypes = Package("_rels/.rels", "word/document.xml");
        using var noMain = Rewrite(OfficePackage("word/document.xml", WordMain), "_rels/.rels", _ => Relationships());

        FileSniffer.Detect(noTypes).ShouldBeNull();
        FileSniffer.Detect(noMain).ShouldBeNull();
    }

    [Theory]
    [InlineData("Báo cáo Trực Ninh.pdf", FileFormat.Pdf, "Báo cáo Trực Ninh.pdf")]
    [InlineData("ANH BUOI LAM VIEC.JPEG", FileFormat.Jpeg, "ANH BUOI LAM VIEC.JPEG")]
    [InlineData("anh.jpg", FileFormat.Jpeg, "anh.jpg")]
    [InlineData("report.html", FileFormat.Pdf, "report.html.pdf")]
    [InlineData("bao-cao.docm", FileFormat.Docx, "bao-cao.docm.docx")]
    [InlineData("Báo cáo 5.2021", FileFormat.Pdf, "Báo cáo 5.2021.pdf")]
    [InlineData("scan", FileFormat.Png, "scan.png")]
    [InlineData("bang-so-lieu.xlsx.", FileFormat.Xlsx, "bang-so-lieu.xlsx.xlsx")]
    public void A_file_is_named_with_the_extension_of_its_content_and_nothing_the_sender_wrote_is_removed(string sent, FileFormat content, string kept)
    {
        var attachment = new Attachment(1, AttachmentKind.Other, sent, content, 10, new string('a', 64), new string('b', 32), DateTime.UtcNow);

        attachment.FileName.ShouldBe(kept);
        content.NameFor(kept).ShouldBe(kept, "the rule gives a kept name back unchanged");
    }

    [Fact]
    public void A_name_at_the_length_limit_keeps_its_new_extension_and_no_half_letter()
    {
        // The cut falls between the two halves of the emoji: the whole emoji goes.
        var sent = new string('a', Attachment.FileNameMaxLength - 5) + "😀.html";

        var kept = FileFormat.Pdf.NameFor(sent);

        kept.ShouldBe(new string('a', Attachment.FileNameMaxLength - 5) + ".pdf");
    }

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0 This program cannot be run in DOS mode.")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("Báo cáo kết quả năm 2020, chỉ là chữ")]
    [InlineData("")]
    public void Content_that_is_none_of_the_formats_is_refused_whatever_its_name(string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));

        FileSniffer.Detect(content).ShouldBeNull();
    }

    [Fact]
    public void A_plain_zip_or_a_damaged_one_is_refused()
    {
        using var plain = Package("notes.txt");
        using var damaged = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

        FileSniffer.Detect(plain).ShouldBeNull();
        FileSniffer.Detect(damaged).ShouldBeNull();
    }

    [Fact]
    public void An_attachment_keeps_only_the_file_name_in_NFC_and_refuses_empty_or_oversized_files()
    {
        var decomposed = "Báo cáo Trực Ninh.pdf".Normalize(NormalizationForm.FormD);

        var attachment = new Attachment(1, AttachmentKind.UnitReport, "C:\\Users\\vp\\" + decomposed, FileFormat.Pdf, 10, new string('a', 64), new string('b', 32), DateTime.UtcNow);

        attachment.FileName.ShouldBe("Báo cáo Trực Ninh.pdf".Normalize(NormalizationForm.FormC));
        Should.Throw<DomainException>(() => new Attachment(1, AttachmentKind.Photo, "a.png", FileFormat.Png, 0, "x", "y", DateTime.UtcNow)).Field.ShouldBe(nameof(Attachment.Length));
        Should.Throw<DomainException>(() => new Attachment(1, AttachmentKind.Photo, "a.png", FileFormat.Png, Attachment.MaxLength + 1, "x", "y", DateTime.UtcNow))
            .Message.ShouldBe("Tệp lớn hơn 20 MB.");
    }

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>
    /// An Office package as Word or Excel writes one: content types, the package relationship to the
    /// main part, the main part and any other parts with their content types (and extra files as given).
    /// </summary>
    private static MemoryStream OfficePackage(string mainPart, string mainType, (string Part, string Type)[]? parts = null, params (string Name, string Text)[] files)
    {
        parts ??= [];
        var overrides = string.Concat(parts.Prepend((mainPart, mainType)).Select(p => $"<Override PartName=\"/{p.Item1}\" ContentType=\"{p.Item2}\"/>"));
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            overrides + "</Types>";
        var all = new List<(string, string)>
        {
            ("[Content_Types].xml", types),
            ("_rels/.rels", Relationships(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", mainPart))),
            (mainPart, "<x/>"),
        };
        all.AddRange(parts.Select(p => (p.Part, "<x/>")));
        all.AddRange(files);
        return Zip(all);
    }

    private static string Relationships(params (string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) + "</Relationships>";

    /// <summary>The same package with one part's text changed.</summary>
    private static MemoryStream Rewrite(MemoryStream package, string name, Func<string, string> change)
    {
        var files = new List<(string, string)>();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                files.Add((entry.FullName, entry.FullName == name ? change(text) : text));
            }
        }

        return Zip(files);
    }

    private static MemoryStream Package(params string[] parts) => Zip(parts.Select(p => (p, "<x/>")));

    private static MemoryStream Zip(IEnumerable<(string Name, string Text)> files)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
