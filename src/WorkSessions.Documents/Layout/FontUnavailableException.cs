namespace WorkSessions.Documents.Layout;

/// <summary>
/// No installed font can print Vietnamese correctly. The message says what to install; the
/// document is never printed with a font that would lose marks.
/// </summary>
public sealed class FontUnavailableException : Exception
{
    public FontUnavailableException()
        : this("Không tìm thấy phông chữ Times New Roman, Liberation Serif hoặc Tinos để in văn bản. Hãy cài gói fonts-liberation2 (Debian/Ubuntu: sudo apt-get install fonts-liberation2) rồi thử lại.")
    {
    }

    public FontUnavailableException(string message)
        : base(message)
    {
    }

    public FontUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
