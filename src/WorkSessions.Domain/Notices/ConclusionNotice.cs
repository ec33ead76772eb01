using System.Text.RegularExpressions;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Domain.Notices;

/// <summary>
/// The official document announcing a session's conclusion (Thông báo kết luận). A draft can be
/// edited; issuing gives it a number and freezes it; a correction is a new notice referring to it.
/// </summary>
public sealed class ConclusionNotice : Entity
{
    public const int PlaceMaxLength = 100;
    public const int SubjectMaxLength = 500;
    public const int SigningBodyMaxLength = 100;
    public const int SignerPositionMaxLength = 100;
    public const int SignerNameMaxLength = 100;
    public const int IssuingBodyMaxLength = 100;
    public const int ParentBodyMaxLength = 100;
    public const int OpeningMaxLength = 10_000;
    public const int SummaryMaxLength = 40_000;
    public const int AssessmentMaxLength = 40_000;
    public const int ClosingMaxLength = 2000;

    /// <summary>One line of "Nơi nhận".</summary>
    public const int RecipientMaxLength = 300;

    private List<string> _recipients = [];

    private ConclusionNotice()
    {
        Place = string.Empty;
        Subject = string.Empty;
        SignerName = string.Empty;
        SignerPosition = string.Empty;
        SigningBody = string.Empty;
        IssuingBody = string.Empty;
        ParentBody = string.Empty;
        Opening = string.Empty;
        Summary = string.Empty;
        Assessment = string.Empty;
        Closing = string.Empty;
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

    /// <summary>
    /// The committee that issues the notice (Tỉnh ủy Nam Định, Tỉnh ủy Ninh Bình): its numbers run
    /// on their own, whatever another committee has issued. Null only for a draft made before the
    /// portal recorded it.
    /// </summary>
    public int? IssuingUnitId { get; private set; }

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

    /// <summary>The issuing body in the header ("Tỉnh ủy").</summary>
    public string IssuingBody { get; private set; }

    /// <summary>The line above the issuing body ("Đảng bộ tỉnh Nam Định"); empty when not used.</summary>
    public string ParentBody { get; private set; }

    /// <summary>Who worked with whom, when, on what. Paragraphs are separated by line breaks.</summary>
    public string Opening { get; private set; }

    /// <summary>What the unit reported, as the notice summarises it.</summary>
    public string Summary { get; private set; }

    /// <summary>The leader's assessment and the sentence that leads into the directives.</summary>
    public string Assessment { get; private set; }

    /// <summary>"Ban Thường vụ Tỉnh ủy thông báo để … biết, thực hiện./."</summary>
    public string Closing { get; private set; }

    /// <summary>The period the number was counted in ("2020-2025" per term, "2021" per year).</summary>
    public string? NumberingPeriod { get; private set; }

    /// <summary>
    /// What the notice said when it was issued (the printed content, serialised): the preview and
    /// the Word copy of an issued notice are drawn from it, never from the session as it is now.
    /// </summary>
    public string? IssuedContent { get; private set; }

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
        var checkedPlace = Guard.Required(place, nameof(Place), "Địa danh", PlaceMaxLength);
        var checkedSubject = Guard.Required(subject, nameof(Subject), "Trích yếu", SubjectMaxLength);
        var checkedBody = Guard.Required(signingBody, nameof(SigningBody), "Tập thể, cơ quan ký", SigningBodyMaxLength);
        var checkedPosition = Guard.Required(signerPosition, nameof(SignerPosition), "Chức vụ người ký", SignerPositionMaxLength);
        var checkedName = Guard.Required(signerName, nameof(SignerName), "Người ký", SignerNameMaxLength);
        List<string> checkedRecipients = [.. recipients.Select(r => Guard.Optional(r, nameof(Recipients), "Nơi nhận", RecipientMaxLength)).OfType<string>()];
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

    /// <summary>Sets the header's issuing body and the optional line above it, and the committee whose numbers the notice takes.</summary>
    public void SetIssuer(string issuingBody, string? parentBody, int? issuingUnitId)
    {
        EnsureDraft();
        IssuingUnitId = issuingUnitId;
        var checkedBody = Guard.Required(issuingBody, nameof(IssuingBody), "Cơ quan ban hành", IssuingBodyMaxLength);
        ParentBody = Guard.Optional(parentBody, nameof(ParentBody), "Cơ quan cấp trên", ParentBodyMaxLength) ?? string.Empty;
        IssuingBody = checkedBody;
    }

    /// <summary>Replaces the generated text of the notice; the directives always come from the session.</summary>
    public void EditText(string opening, string summary, string assessment, string closing)
    {
        EnsureDraft();
        var checkedOpening = Guard.Required(opening, nameof(Opening), "Phần mở đầu", OpeningMaxLength);
        var checkedSummary = Guard.Optional(summary, nameof(Summary), "Tóm tắt báo cáo", SummaryMaxLength) ?? string.Empty;
        var checkedAssessment = Guard.Required(assessment, nameof(Assessment), "Đánh giá, kết luận", AssessmentMaxLength);
        var checkedClosing = Guard.Required(closing, nameof(Closing), "Phần kết", ClosingMaxLength);
        Opening = checkedOpening;
        Summary = checkedSummary;
        Assessment = checkedAssessment;
        Closing = checkedClosing;
    }

    /// <summary>Splits one of the texts into its paragraphs (one per non-blank line).</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(VietnameseText.Clean).Where(p => p.Length > 0)];

    /// <summary>
    /// Gives the notice its number and date and keeps what it printed; after this it never changes.
    /// The number comes from the counter for <paramref name="numberingPeriod"/>, drawn in the same
    /// transaction, so it is never reused or given twice.
    /// </summary>
    public void Issue(int number, DateOnly issuedOn, string numberingPeriod, string issuedContent)
    {
        EnsureDraft();
        if (number <= 0)
        {
            throw new DomainException("Số văn bản phải là số dương.", nameof(Number));
        }

        if (string.IsNullOrWhiteSpace(Opening) || string.IsNullOrWhiteSpace(IssuingBody))
        {
            throw new DomainException("Thông báo chưa có đủ phần đầu và phần mở đầu.", nameof(Opening));
        }

        Number = number;
        IssuedOn = issuedOn;
        NumberingPeriod = Guard.Required(numberingPeriod, nameof(NumberingPeriod), "Kỳ đánh số", 20);
        IssuedContent = Guard.Required(issuedContent, nameof(IssuedContent), "Nội dung ban hành", 1_000_000);
        Status = NoticeStatus.Issued;
    }

    /// <summary>
    /// A session whose day the source does not give is announced only by a notice that says so in
    /// its own words: the opening names the date as far as it is known ("Tháng 01 năm 2015, …") and
    /// gives no day of it that nobody recorded.
    /// </summary>
    public void EnsureSaysWhen(SessionDate held)
    {
        if (held.KnownDay is not null)
        {
            return;
        }

        var known = VietnameseDate.Long(held);
        var opening = VietnameseText.Fold(Opening);
        var invented = held.Precision switch
        {
            DatePrecision.Year => $@"\bngay \d{{1,2}} thang \d{{1,2}} nam {held.First.Year}\b",
            DatePrecision.Month => $@"\bngay \d{{1,2}} thang 0?{held.First.Month} nam {held.First.Year}\b",
            _ => null,
        };
        if (!opening.Contains(VietnameseText.Fold(known), StringComparison.Ordinal)
            || (invented is not null && Regex.IsMatch(opening, invented, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
        {
            throw new DomainException(
                $"Buổi làm việc chỉ ghi nhận {known}: phần mở đầu phải nói đúng như vậy (\u201c{VietnameseDate.Capitalized(known)}, …\u201d) và không ghi một ngày cụ thể.",
                nameof(Opening));
        }
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
