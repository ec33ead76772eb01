using WorkSessions.Domain.Notices;

namespace WorkSessions.Web.Features.Notices;

/// <summary>What office staff may change on a draft before it is issued; the directives come from the session.</summary>
public sealed class NoticeForm
{
    /// <summary>"Nơi nhận", one recipient a line: thirty long lines fit.</summary>
    public const int RecipientsMaxLength = 8000;

    public int Id { get; set; }

    /// <summary>The version the form was read at: a save over someone else's newer save is refused.</summary>
    public int Version { get; set; }

    public string ParentBody { get; set; } = string.Empty;

    public string IssuingBody { get; set; } = string.Empty;

    public string Place { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Opening { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string Assessment { get; set; } = string.Empty;

    public string Closing { get; set; } = string.Empty;

    public SigningAuthority Authority { get; set; }

    public string SigningBody { get; set; } = string.Empty;

    public string SignerPosition { get; set; } = string.Empty;

    public string SignerName { get; set; } = string.Empty;

    /// <summary>One recipient per line; the archive copy is added by the format profile.</summary>
    public string Recipients { get; set; } = string.Empty;

    public static NoticeForm From(ConclusionNotice notice) => new()
    {
        Id = notice.Id,
        Version = notice.Version,
        ParentBody = notice.ParentBody,
        IssuingBody = notice.IssuingBody,
        Place = notice.Place,
        Subject = notice.Subject,
        Opening = notice.Opening,
        Summary = notice.Summary,
        Assessment = notice.Assessment,
        Closing = notice.Closing,
        Authority = notice.Authority,
        SigningBody = notice.SigningBody,
        SignerPosition = notice.SignerPosition,
        SignerName = notice.SignerName,
        Recipients = string.Join('\n', notice.Recipients),
    };

    /// <summary>Applies the form to the draft; the entity checks every field before changing any.</summary>
    public void ApplyTo(ConclusionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        notice.SetIssuer(IssuingBody, ParentBody, notice.IssuingUnitId);
        notice.Edit(Place, Subject, Authority, SigningBody, SignerPosition, SignerName, Recipients.Split('\n'));
        notice.EditText(Opening, Summary, Assessment, Closing);
    }
}
