using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Notices;

/// <summary>
/// The official document announcing a session's conclusion (Thông báo kết luận). A draft can be
/// edited; issuing gives it a number and freezes it; a correction is a new notice referring to it.
/// </summary>
public sealed class ConclusionNotice : Entity
{
    private List<string> _recipients = [];

    private ConclusionNotice()
    {
        Place = string.Empty;
        Subject = string.Empty;
        SignerName = string.Empty;
        SignerPosition = string.Empty;
        SigningBody = string.Empty;
    }

    public ConclusionNotice(int workSessionId, string place, string subject, SigningAuthority authority, string signingBody, string signerPosition, string signerName, IEnumerable<string> recipients)
        : this()
    {
        WorkSessionId = workSessionId;
        Edit(place, subject, authority, signingBody, signerPosition, signerName, recipients);
    }

    public int WorkSessionId { get; private set; }

    public NoticeStatus Status { get; private set; }

    public int? Number { get; private set; }

    public string TypeCode { get; private set; } = "TB";

    public string IssuerCode { get; private set; } = "TU";

    public DocumentNumber? DocumentNumber => Number is { } n ? new DocumentNumber(n, TypeCode, IssuerCode) : null;

    /// <summary>Where it is issued ("Nam Định").</summary>
    public string Place { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The subject line under "THÔNG BÁO", in sentence case.</summary>
    public string Subject { get; private set; }

    public SigningAuthority Authority { get; private set; }

    /// <summary>The body the signer acts for, e.g. "BAN THƯỜNG VỤ".</summary>
    public string SigningBody { get; private set; }

    public string SignerPosition { get; private set; }

    public string SignerName { get; private set; }

    public IReadOnlyList<string> Recipients => _recipients;

    /// <summary>The issued notice this one corrects, if it is a correction.</summary>
    public int? CorrectsNoticeId { get; private set; }

    public void Edit(string place, string subject, SigningAuthority authority, string signingBody, string signerPosition, string signerName, IEnumerable<string> recipients)
    {
        EnsureDraft();
        if (authority == SigningAuthority.DeputyFor && IsCollectiveBody(signingBody))
        {
            throw new DomainException("Tập thể (Ban Thường vụ) không dùng thể thức K/T; hãy chọn T/M.", nameof(Authority));
        }

        // Check every field before changing any: a refused edit leaves the draft as it was
        // (in particular never without recipients).
        var checkedPlace = Guard.Required(place, nameof(Place), "Địa danh", 100);
        var checkedSubject = Guard.Required(subject, nameof(Subject), "Trích yếu", 500);
        var checkedBody = Guard.Required(signingBody, nameof(SigningBody), "Tập thể, cơ quan ký", 100);
        var checkedPosition = Guard.Required(signerPosition, nameof(SignerPosition), "Chức vụ người ký", 100);
        var checkedName = Guard.Required(signerName, nameof(SignerName), "Người ký", 100);
        List<string> checkedRecipients = [.. recipients.Select(VietnameseText.Clean).Where(r => r.Length > 0)];
        if (checkedRecipients.Count == 0)
        {
            throw new DomainException("Cần ít nhất một nơi nhận.", nameof(Recipients));
        }

        Place = checkedPlace;
        Subject = checkedSubject;
        Authority = authority;
        SigningBody = checkedBody;
        SignerPosition = checkedPosition;
        SignerName = checkedName;
        _recipients = checkedRecipients;
    }

    /// <summary>Gives the notice its number and date; after this it never changes.</summary>
    public void Issue(int number, DateOnly issuedOn)
    {
        EnsureDraft();
        if (number <= 0)
        {
            throw new DomainException("Số văn bản phải là số dương.", nameof(Number));
        }

        Number = number;
        IssuedOn = issuedOn;
        Status = NoticeStatus.Issued;
    }

    public void MarkAsCorrectionOf(ConclusionNotice issued)
    {
        EnsureDraft();
        CorrectsNoticeId = issued.Status == NoticeStatus.Issued
            ? issued.Id
            : throw new DomainException("Chỉ đính chính được thông báo đã ban hành.", nameof(CorrectsNoticeId));
    }

    /// <summary>
    /// A collective body is named as a "Ban" ("BAN THƯỜNG VỤ", "BAN CHẤP HÀNH …"); a head signed for
    /// under K/T may have "ban" inside the title ("TRƯỞNG BAN") and is not one.
    /// </summary>
    private static bool IsCollectiveBody(string? signingBody)
    {
        var folded = VietnameseText.Fold(signingBody);
        return folded == "ban" || folded.StartsWith("ban ", StringComparison.Ordinal);
    }

    private void EnsureDraft()
    {
        if (Status != NoticeStatus.Draft)
        {
            throw new DomainException("Thông báo đã ban hành không được sửa; hãy ban hành thông báo đính chính.", nameof(Status));
        }
    }
}
