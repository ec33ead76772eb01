using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using WorkSessions.Domain.Attachments;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Shared.Files;

/// <summary>
/// A file a person picked, judged by what the browser says of it before a byte is sent: a file over
/// 20 MB is refused beside its field at once (reading it would fail half-way and, unhandled, end the
/// circuit with the typed report). The session's files and a unit's evidence use this alike; the
/// store checks the bytes again as they come, since a browser can be made to say anything.
/// </summary>
public static class PickedFiles
{
    /// <summary>"bao-cao.pdf: tệp nặng 25,3 MB, vượt quá giới hạn 20 MB, chưa được gửi."; null when the file may be sent.</summary>
    public static string? TooLarge(this IStringLocalizer localizer, IBrowserFile file)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(file);
        return file.Size > Attachment.MaxLength ? localizer["Attachments_TooLarge", file.Name, DisplayText.FileSize(file.Size)].Value : null;
    }

    /// <summary>Opens a picked file for reading, one byte past the limit so the store sees a file that grew.</summary>
    public static Stream Open(IBrowserFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.OpenReadStream(Attachment.MaxLength + 1);
    }
}
