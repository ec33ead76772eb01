namespace WorkSessions.Documents.Notices;

/// <summary>The notice as a PDF, set by the layout layer with the measures of its format profile.</summary>
public static class NoticePdf
{
    /// <summary>Lays out and saves the notice. Throws <see cref="Layout.FontUnavailableException"/> when no suitable serif font is installed.</summary>
    public static byte[] Render(NoticeWording wording) => throw new NotImplementedException(wording.Title);
}
