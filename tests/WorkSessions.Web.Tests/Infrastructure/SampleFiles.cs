using System.Text;
using WorkSessions.Documents.Layout;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>Real files for upload tests: a PDF printed by our own layout layer, and content that only pretends.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string text) =>
        new LayoutDocument(PageSetup.A4(20, 20, 30, 15)).Add(Paragraph.Of(text, new TextStyle(14))).ToPdf();

    /// <summary>A Windows program's first bytes ("MZ"), whatever the name it is given.</summary>
    public static byte[] Program() => [.. "MZ"u8, .. Encoding.ASCII.GetBytes(new string('\0', 64) + "This program cannot be run in DOS mode.")];
}
