using System.IO.Compression;
using System.Xml;

namespace WorkSessions.Domain.Attachments;

/// <summary>
/// Tells a file's format from its content, never from its name: a renamed program stays refused.
/// Word and Excel files are ZIP packages (Open Packaging Conventions), so the package is opened and
/// its main part found as Office finds it: the package relationship to the main document, and that
/// part's declared content type. A package that can carry code is refused, whatever its parts are
/// called: a macro-enabled or template main part, any VBA or ActiveX content type, any relationship
/// to a VBA project.
/// </summary>
public static class FileSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string OfficeDocumentRelationship = "/officeDocument";

    /// <summary>Words in a content type or relationship type that mean code: VBA projects and data, ActiveX, macro-enabled parts.</summary>
    private static readonly string[] CodeMarkers = ["macroenabled", "vbaproject", "vbadata", "activex", "ms-office.vba"];

    /// <summary>The package's XML parts are small; a larger one is not a document of ours (and not read whole).</summary>
    private const long MaxXmlPartLength = 4 * 1024 * 1024;

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
            if (zip.GetEntry("[Content_Types].xml") is not { } typesEntry || zip.GetEntry("_rels/.rels") is not { } rootRelationships)
            {
                return null;
            }

            var (defaults, overrides) = ContentTypes(typesEntry);
            var relationships = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
            if (defaults.Values.Concat(overrides.Values).Any(IsCode)
                || zip.Entries.Any(e => IsCode(Path.GetFileName(e.FullName)))
                || relationships.Any(r => Relationships(r).Any(t => IsCode(t.Type))))
            {
                return null;
            }

            var main = Relationships(rootRelationships).Where(r => r.Type.EndsWith(OfficeDocumentRelationship, StringComparison.Ordinal)).Select(r => r.Target).ToList();
            if (main is not [var target])
            {
                return null;
            }

            var partName = "/" + target.TrimStart('/');
            var contentType = overrides.GetValueOrDefault(partName)
                ?? defaults.GetValueOrDefault(Path.GetExtension(partName).TrimStart('.'));
            return contentType switch
            {
                WordMain => FileFormat.Docx,
                ExcelMain => FileFormat.Xlsx,
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null; // a damaged ZIP or a part that is not XML is not a document
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool IsCode(string name) =>
        CodeMarkers.Any(m => name.Contains(m, StringComparison.OrdinalIgnoreCase));

    /// <summary>[Content_Types].xml: content types by extension (Default) and by part name (Override).</summary>
    private static (Dictionary<string, string> Defaults, Dictionary<string, string> Overrides) ContentTypes(ZipArchiveEntry entry)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in Elements(entry))
        {
            if (element.Name == "Default" && element.Attributes.TryGetValue("Extension", out var extension) && element.Attributes.TryGetValue("ContentType", out var type))
            {
                defaults[extension] = type;
            }
            else if (element.Name == "Override" && element.Attributes.TryGetValue("PartName", out var part) && element.Attributes.TryGetValue("ContentType", out var partType))
            {
                overrides[part] = partType;
            }
        }

        return (defaults, overrides);
    }

    private static List<(string Type, string Target)> Relationships(ZipArchiveEntry entry) =>
        Elements(entry)
            .Where(e => e.Name == "Relationship")
            .Select(e => (e.Attributes.GetValueOrDefault("Type") ?? string.Empty, e.Attributes.GetValueOrDefault("Target") ?? string.Empty))
            .ToList();

    /// <summary>
    /// The elements of a small XML part, with their attributes. No DTD is processed (a package is
    /// untrusted input: no entity expansion, no external references) and a part over 4 MB is refused.
    /// </summary>
    private static List<(string Name, Dictionary<string, string> Attributes)> Elements(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxXmlPartLength)
        {
            throw new InvalidDataException("An XML part of the package is too large.");
        }

        var elements = new List<(string, Dictionary<string, string>)>();
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxXmlPartLength });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.MoveToNextAttribute())
            {
                attributes[reader.LocalName] = reader.Value;
            }

            reader.MoveToElement();
            elements.Add((reader.LocalName, attributes));
        }

        return elements;
    }
}
