namespace WorkSessions.Documents.Notices;

/// <summary>The notice as a Word document (DOCX), laid out like the PDF, for offices that finish documents in Word.</summary>
public static class NoticeDocx
{
    public static byte[] Render(NoticeWording wording) => throw new NotImplementedException(wording.Title);
}
