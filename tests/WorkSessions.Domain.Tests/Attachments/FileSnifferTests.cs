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
        using var word = Package("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        using var excel = Package("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

        FileSniffer.Detect(word).ShouldBe(FileFormat.Docx);
        FileSniffer.Detect(excel).ShouldBe(FileFormat.Xlsx);
    }

    [Fact]
    public void A_package_with_macros_is_refused()
    {
        using var macros = Package("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");

        FileSniffer.Detect(macros).ShouldBeNull();
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

    private static MemoryStream Package(params string[] parts)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        }

        stream.Position = 0;
        return stream;
    }
}
