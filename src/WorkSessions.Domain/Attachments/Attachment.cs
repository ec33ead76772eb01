using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Attachments;

/// <summary>
/// A file kept with a session, or with a unit's report on one of its tasks. The bytes live in the attachment store under <see cref="StoredName"/>,
/// a random name that says nothing and cannot be guessed; the name the user gave is only shown.
/// </summary>
public sealed class Attachment : Entity
{
    /// <summary>20 MB, as the office asked: a scanned report of a few dozen pages fits.</summary>
    public const long MaxLength = 20L * 1024 * 1024;

    public const int FileNameMaxLength = 255;

    private Attachment()
    {
        FileName = string.Empty;
        StoredName = string.Empty;
        Sha256 = string.Empty;
    }

    public Attachment(int workSessionId, AttachmentKind kind, string fileName, FileFormat format, long length, string sha256, string storedName, DateTime uploadedAtUtc)
        : this()
    {
        if (length <= 0)
        {
            throw new DomainException("Tệp rỗng, không có nội dung.", nameof(Length));
        }

        if (length > MaxLength)
        {
            throw new DomainException("Tệp lớn hơn 20 MB.", nameof(Length));
        }

        WorkSessionId = workSessionId;
        Kind = kind;
        // Only the last segment: some browsers send the whole Windows path, and a name must never lead anywhere.
        // The extension is the content's (FileFormats.NameFor): a file is never offered as what it is not.
        FileName = format.NameFor(Guard.Required(fileName?.Split('/', '\\')[^1], nameof(FileName), "Tên tệp", FileNameMaxLength));
        Format = format;
        Length = length;
        Sha256 = sha256;
        StoredName = storedName;
        UploadedAtUtc = uploadedAtUtc;
    }

    public int WorkSessionId { get; private set; }

    /// <summary>The progress report this file is evidence for; null for the session's own files.</summary>
    public int? ProgressUpdateId { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>The name the file had on the user's computer, shown and offered on download.</summary>
    public string FileName { get; private set; }

    public FileFormat Format { get; private set; }

    public long Length { get; private set; }

    /// <summary>Hex SHA-256 of the content: proves a download is the file that was uploaded.</summary>
    public string Sha256 { get; private set; }

    public string StoredName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }
}
