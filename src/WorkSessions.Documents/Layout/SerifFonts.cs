namespace WorkSessions.Documents.Layout;

/// <summary>The four faces of the serif family every document is set in, as font file bytes.</summary>
internal sealed record SerifFaces(string Family, byte[] Regular, byte[] Bold, byte[] Italic, byte[] BoldItalic);

/// <summary>
/// Finds Times New Roman, else a metric-compatible face (Liberation Serif, Tinos). DejaVu is never a
/// candidate: PDFsharp 6.2.4's subsetter drops the marks of its composite Vietnamese glyphs (pdf.md),
/// so a missing font is refused with <see cref="FontUnavailableException"/> rather than printed wrong.
/// </summary>
internal static class SerifFonts
{
    /// <summary>Families in order of preference; each lists its regular, bold, italic and bold-italic files.</summary>
    private static readonly (string Family, string[][] Files)[] Candidates =
    [
        ("Times New Roman",
        [
            ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"],
            ["Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"],
        ]),
        ("Liberation Serif", [["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]]),
        ("Tinos", [["Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"]]),
    ];

    private static readonly Lock Gate = new();
    private static SerifFaces? _installed;

    /// <summary>Where the fonts are looked for: Windows' fonts folder, then the Debian packages' folders.</summary>
    internal static IReadOnlyList<string> DefaultDirectories { get; } =
    [
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        "/usr/share/fonts/truetype/msttcorefonts",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/croscore",
    ];

    /// <summary>
    /// The faces found in <see cref="DefaultDirectories"/>, read once. A failure is not remembered, so
    /// installing the package fixes printing without a restart.
    /// </summary>
    public static SerifFaces Installed
    {
        get
        {
            lock (Gate)
            {
                return _installed ??= Find(DefaultDirectories);
            }
        }
    }

    /// <summary>
    /// The first candidate family with all four faces in one of <paramref name="directories"/>, each
    /// with every Vietnamese letter (older Liberation 1.x files share the name but have none).
    /// </summary>
    internal static SerifFaces Find(IEnumerable<string> directories)
    {
        var existing = directories.Where(d => !string.IsNullOrEmpty(d) && Directory.Exists(d)).ToList();
        foreach (var (family, fileSets) in Candidates)
        {
            foreach (var directory in existing)
            {
                foreach (var files in fileSets)
                {
                    var paths = files.Select(f => FindFile(directory, f)).ToArray();
                    if (paths.All(p => p is not null))
                    {
                        var bytes = paths.Select(p => File.ReadAllBytes(p!)).ToArray();
                        if (bytes.All(b => FontCoverage.Covers(b, FontCoverage.Vietnamese)))
                        {
                            return new SerifFaces(family, bytes[0], bytes[1], bytes[2], bytes[3]);
                        }
                    }
                }
            }
        }

        throw new FontUnavailableException();
    }

    /// <summary>Case-insensitive, because Windows and the msttcorefonts package spell file names differently.</summary>
    private static string? FindFile(string directory, string fileName)
    {
        var exact = Path.Combine(directory, fileName);
        if (File.Exists(exact))
        {
            return exact;
        }

        return Directory.EnumerateFiles(directory)
            .FirstOrDefault(p => string.Equals(Path.GetFileName(p), fileName, StringComparison.OrdinalIgnoreCase));
    }
}
