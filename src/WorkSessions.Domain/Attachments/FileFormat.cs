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

    /// <summary>
    /// The name a file is kept and offered under: the name it came with when that already ends in an
    /// extension of its content ("Ảnh.JPEG" stays), otherwise with the content's extension added
    /// ("report.html" holding a PDF becomes "report.html.pdf"). A browser or a desktop then opens it
    /// by what it is, never by what its sender called it (a PDF/HTML polyglot never runs as a page).
    /// Nothing the sender wrote is removed; a name at the length limit loses the end of its stem.
    /// </summary>
    public static string NameFor(this FileFormat format, string fileName, int maxLength = Attachment.FileNameMaxLength)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(format.Extension(), StringComparison.OrdinalIgnoreCase)
            || (format == FileFormat.Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase)))
        {
            return fileName;
        }

        var stem = fileName.TrimEnd('.', ' ');
        var room = maxLength - format.Extension().Length;
        if (stem.Length > room)
        {
            // Never cut a letter written as two UTF-16 units in half.
            stem = stem[..(char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room)];
        }

        return stem + format.Extension();
    }
}
