using PdfSharp.Fonts;

namespace WorkSessions.Documents.Layout;

/// <summary>
/// Serves the installed serif faces to PDFsharp under one family name, <see cref="Family"/>, so the
/// layout never names a physical font and PDFsharp never looks for system fonts itself.
/// </summary>
internal sealed class SerifFontResolver : IFontResolver
{
    public const string Family = "WorkSessions Serif";

    private static readonly Lock Gate = new();
    private static readonly SerifFontResolver Instance = new();

    private SerifFontResolver()
    {
    }

    /// <summary>
    /// Finds the fonts (throwing <see cref="FontUnavailableException"/> before PDFsharp is touched) and
    /// installs the resolver. PDFsharp accepts its global resolver once, so this sets the same instance
    /// every time and only when it is not already set.
    /// </summary>
    public static SerifFaces EnsureInstalled()
    {
        var faces = SerifFonts.Installed;
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is installed; the documents need theirs.");
            }
        }

        return faces;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(FaceName(isBold, isItalic))
            : null;

    public byte[]? GetFont(string faceName)
    {
        var faces = SerifFonts.Installed;
        return faceName switch
        {
            "serif-regular" => faces.Regular,
            "serif-bold" => faces.Bold,
            "serif-italic" => faces.Italic,
            "serif-bolditalic" => faces.BoldItalic,
            _ => null,
        };
    }

    private static string FaceName(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => "serif-regular",
        (true, false) => "serif-bold",
        (false, true) => "serif-italic",
        _ => "serif-bolditalic",
    };
}
