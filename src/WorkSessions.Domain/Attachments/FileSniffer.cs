using System.IO.Compression;

namespace WorkSessions.Domain.Attachments;

/// <summary>
/// Tells a file's format from its content, never from its name: a renamed program stays refused.
/// Word and Excel files are ZIP packages, so the package is opened and its main part looked for;
/// packages with macros (a vbaProject part) are refused as well.
/// </summary>
public static class FileSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format of a seekable stream's content, or null when it is none of ours (the stream is rewound).</summary>
    public static FileFormat? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];

        if (head.StartsWith(PdfMagic))
        {
            return FileFormat.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return FileFormat.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return FileFormat.Jpeg;
        }

        return head.StartsWith(ZipMagic) ? OfficePackage(content) : null;
    }

    private static FileFormat? OfficePackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!parts.Contains("[Content_Types].xml") || parts.Any(p => p.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return parts.Contains("word/document.xml") ? FileFormat.Docx
                : parts.Contains("xl/workbook.xml") ? FileFormat.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null; // a damaged ZIP is not a document
        }
        finally
        {
            content.Position = 0;
        }
    }
}
