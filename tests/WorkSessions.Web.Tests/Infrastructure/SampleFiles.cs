using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using WorkSessions.Documents.Layout;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>Real files for upload tests: a PDF printed by our own layout layer, and content that only pretends.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string text) =>
        new LayoutDocument(PageSetup.A4(20, 20, 30, 15)).Add(Paragraph.Of(text, new TextStyle(14))).ToPdf();

    /// <summary>A Windows program's first bytes ("MZ"), whatever the name it is given.</summary>
    public static byte[] Program() => [.. "MZ"u8, .. Encoding.ASCII.GetBytes(new string('\0', 64) + "This program cannot be run in DOS mode.")];

    /// <summary>
    /// A file that is a PDF to a PDF reader and a web page to a browser that sniffs: a real PDF with a
    /// script after its end, as an attacker makes a polyglot.
    /// </summary>
    public static byte[] PdfHtmlPolyglot() =>
        [.. Pdf("Báo cáo"), .. Encoding.ASCII.GetBytes("\n<html><body><script>document.title='chay-duoc'</script></body></html>\n")];

    /// <summary>A macro-enabled Word document (.docm) with its VBA project, as Word saves one.</summary>
    public static byte[] MacroDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.MacroEnabledDocument))
        {
            document.AddMainDocumentPart().Document = new Word.Document(new Word.Body(new Word.Paragraph(new Word.Run(new Word.Text("Báo cáo")))));
            using var vba = document.MainDocumentPart!.AddNewPart<VbaProjectPart>().GetStream(FileMode.Create);
            vba.Write([0xCC, 0x61, 0xFF, 0xFF]);
        }

        return stream.ToArray();
    }
}
