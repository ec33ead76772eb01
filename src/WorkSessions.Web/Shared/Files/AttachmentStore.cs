using System.Security.Cryptography;
using WorkSessions.Domain.Attachments;

namespace WorkSessions.Web.Shared.Files;

/// <summary>
/// The files of attachments, in a folder outside the web root (configured by
/// <c>Attachments:Folder</c>, default <c>data/attachments</c>). Each file gets a random name of
/// 32 hex digits, kept in a subfolder named by its first two, so no folder grows past a few
/// thousand files over the years. Only the database row says what a file is and who may read it.
/// </summary>
public sealed class AttachmentStore
{
    private readonly string _root;

    public AttachmentStore(IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["Attachments:Folder"] ?? Path.Combine("data", "attachments")));
    }

    /// <summary>
    /// Copies at most <paramref name="maxLength"/> bytes of <paramref name="source"/> to a new file;
    /// a longer source is cut off, its file removed, and <see cref="FileTooLargeException"/> thrown.
    /// </summary>
    public async Task<StoredFile> SaveAsync(Stream source, long maxLength, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxLength)
                    {
                        throw new FileTooLargeException();
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                // The row that points at this file is saved next: the bytes must be on disk first.
                await target.FlushAsync(ct);
                target.Flush(flushToDisk: true);
            }

            return new StoredFile(name, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            Discard(name);
            throw;
        }
    }

    /// <summary>
    /// Saves a file a person sent and checks by its bytes, not its name, that it is one of the
    /// formats the portal keeps (<see cref="FileSniffer"/>). A refused file leaves nothing on disk.
    /// The session's files and a unit's evidence go through here alike.
    /// </summary>
    public async Task<FileCheck> AcceptAsync(Stream content, CancellationToken ct)
    {
        StoredFile stored;
        try
        {
            stored = await SaveAsync(content, Attachment.MaxLength, ct);
        }
        catch (Exception e) when (e is FileTooLargeException or IOException)
        {
            // IOException: the browser stream refuses to go past the size it was opened with.
            return FileCheck.Refused(nameof(Attachment.Length), "File_TooLarge");
        }

        FileFormat? format;
        await using (var saved = Open(stored.Name))
        {
            format = FileSniffer.Detect(saved);
        }

        if (format is null)
        {
            Discard(stored.Name);
            return FileCheck.Refused(nameof(Attachment.Format), "File_NotAccepted");
        }

        return new FileCheck(stored, format.Value, string.Empty, null);
    }

    public const string AcceptedFormats = "PDF, DOCX, XLSX, JPEG, PNG";

    public Stream Open(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Removes a file whose row was never saved; files of saved rows stay, since deletes are soft.</summary>
    public void Discard(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string storedName)
    {
        // Names are ours (hex), never the user's: this refuses anything that could leave the folder.
        if (storedName.Length != 32 || !storedName.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a stored attachment name.", nameof(storedName));
        }

        return Path.Combine(_root, storedName[..2], storedName);
    }
}

public sealed record StoredFile(string Name, long Length, string Sha256);

/// <summary>
/// A file saved and recognised, or why it was refused: the resource key (its placeholders are the
/// file's name and the accepted formats) and the field of the attachment it fails.
/// </summary>
public sealed record FileCheck(StoredFile? Stored, FileFormat Format, string Field, string? RefusalKey)
{
    public static FileCheck Refused(string field, string key) => new(null, default, field, key);
}

public sealed class FileTooLargeException : Exception
{
    public FileTooLargeException()
        : base("The file is larger than the limit.")
    {
    }

    public FileTooLargeException(string message)
        : base(message)
    {
    }

    public FileTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
