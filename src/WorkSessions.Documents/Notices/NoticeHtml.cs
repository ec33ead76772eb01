namespace WorkSessions.Documents.Notices;

/// <summary>The notice as an HTML fragment for the portal's preview: the same words in the same order as the PDF.</summary>
public static class NoticeHtml
{
    public static string Render(NoticeWording wording) => throw new NotImplementedException(wording.Title);
}
