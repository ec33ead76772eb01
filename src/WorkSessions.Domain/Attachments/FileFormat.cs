namespace WorkSessions.Domain.Attachments;

/// <summary>The file formats a session may carry: the unit's report and its tables, photos of the day.</summary>
public enum FileFormat
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,
}

public static class FileFormats
{
    public static string ContentType(this FileFormat format) => format switch
    {
        FileFormat.Pdf => "application/pdf",
        FileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileFormat.Jpeg => "image/jpeg",
        FileFormat.Png => "image/png",
        _ => "application/octet-stream",
    };

    public static string Extension(this FileFormat format) => format switch
    {
        FileFormat.Jpeg => ".jpg",
        _ => "." + format.ToString().ToLowerInvariant(),
    };
}
