using System.Globalization;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Notices;

namespace WorkSessions.Documents.Notices;

/// <summary>
/// The exact strings a notice prints, computed once from its content and format profile, so the
/// PDF, the HTML preview and the DOCX print the same words in the same order. All text is NFC.
/// </summary>
public sealed class NoticeWording
{
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";

    public const string DraftMark = "DỰ THẢO";

    public const string RecipientsHeading = "Nơi nhận:";

    public NoticeWording(NoticeContent content, NoticeFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(format);
        Content = content;
        Format = format;
        ParentBody = Upper(content.ParentBody);
        IssuingBody = Upper(content.IssuingBody);
        NumberLine = content.Number is { } number
            ? $"Số {number}-{content.TypeCode}/{content.IssuerCode}"
            : $"Số      -{content.TypeCode}/{content.IssuerCode}";
        PlaceAndDate = content.IssuedOn is { } day
            ? $"{N(content.Place)}, {VietnameseDate.Long(day)}"
            : $"{N(content.Place)}, ngày      tháng      năm {content.Year.ToString(CultureInfo.InvariantCulture)}";
        Title = Upper(content.Title);
        Subject = N(content.Subject);
        CorrectionLine = content.Corrects is { } corrected ? $"(Đính chính Thông báo số {N(corrected)})" : null;
        Opening = Paragraphs(content.Opening);
        Summary = Paragraphs(content.Summary);
        Assessment = Paragraphs(content.Assessment);
        Directives = [.. content.Directives.Select(d => Directive(d, format))];
        Closing = N(content.Closing);
        AuthorityLine = Upper(content.Signature.AuthorityLine);
        PositionLine = Upper(content.Signature.PositionLine);
        SignerName = N(content.Signature.Name);
        Recipients = RecipientLines(content.Recipients, format);
    }

    public NoticeContent Content { get; }

    public NoticeFormat Format { get; }

    public bool IsDraft => Content.IsDraft;

    /// <summary>"ĐẢNG BỘ TỈNH NAM ĐỊNH", or empty when the header has no parent line.</summary>
    public string ParentBody { get; }

    /// <summary>"TỈNH ỦY".</summary>
    public string IssuingBody { get; }

    /// <summary>"Số 125-TB/TU"; a draft leaves the number blank.</summary>
    public string NumberLine { get; }

    /// <summary>"Nam Định, ngày 10 tháng 6 năm 2021"; a draft leaves day and month blank.</summary>
    public string PlaceAndDate { get; }

    public string Title { get; }

    public string Subject { get; }

    public string? CorrectionLine { get; }

    public IReadOnlyList<string> Opening { get; }

    public IReadOnlyList<string> Summary { get; }

    public IReadOnlyList<string> Assessment { get; }

    public IReadOnlyList<DirectiveWording> Directives { get; }

    public string Closing { get; }

    public string AuthorityLine { get; }

    public string PositionLine { get; }

    public string SignerName { get; }

    /// <summary>"- Ban Thường vụ Huyện ủy Trực Ninh,", …, "- Lưu Văn phòng Tỉnh ủy."</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>All body paragraphs in reading order (opening, summary, assessment, directives, closing).</summary>
    public IEnumerable<string> BodyText()
    {
        foreach (var paragraph in Opening.Concat(Summary).Concat(Assessment))
        {
            yield return paragraph;
        }

        foreach (var directive in Directives)
        {
            yield return directive.FullText;
        }

        yield return Closing;
    }

    private static DirectiveWording Directive(NoticeDirective directive, NoticeFormat format)
    {
        var number = string.Format(CultureInfo.InvariantCulture, format.DirectiveNumberPattern, directive.Number);
        if (directive.Assignments.Count > 0)
        {
            // "(Thành ủy Nam Định chủ trì, thời hạn: 30/9/2021; UBND thành phố Nam Định chủ trì, thời hạn: 31/12/2021)"
            var each = directive.Assignments.Select(a => $"{N(a.LeadUnit)} chủ trì" + (a.Deadline is { } day ? $", thời hạn: {VietnameseDate.Short(day)}" : string.Empty));
            return new DirectiveWording(number, N(directive.Text), $"({string.Join("; ", each)})");
        }

        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(directive.LeadUnit))
        {
            details.Add($"Đơn vị chủ trì: {N(directive.LeadUnit)}");
        }

        if (directive.Deadline is { } deadline)
        {
            details.Add($"thời hạn: {VietnameseDate.Short(deadline)}");
        }

        var joined = string.Join("; ", details);
        var detail = details.Count == 0 ? null : $"({char.ToUpperInvariant(joined[0])}{joined[1..]})";
        return new DirectiveWording(number, N(directive.Text), detail);
    }

    private static List<string> RecipientLines(IReadOnlyList<string> recipients, NoticeFormat format)
    {
        var items = recipients.Select(N).Where(r => r.Length > 0).ToList();
        var archive = N(format.ArchiveRecipient);
        if (archive.Length > 0 && !items.Contains(archive, StringComparer.Ordinal))
        {
            items.Add(archive);
        }

        return [.. items.Select((item, i) => format.RecipientBullet + TrimEndPunctuation(item) + (i == items.Count - 1 ? "." : format.RecipientSeparator))];
    }

    private static string TrimEndPunctuation(string item) => item.TrimEnd(',', ';', '.', ' ');

    private static List<string> Paragraphs(IEnumerable<string> paragraphs) =>
        [.. paragraphs.Select(N).Where(p => p.Length > 0)];

    private static string Upper(string text) => N(text).ToUpper(CultureInfo.GetCultureInfo("vi-VN"));

    private static string N(string? text) => VietnameseText.Clean(text);
}

/// <summary>A directive as printed: "1." then the text, then "(Đơn vị chủ trì: …; thời hạn: …)" in italics.</summary>
public sealed record DirectiveWording(string Number, string Text, string? Detail)
{
    public string FullText => Detail is null ? $"{Number} {Text}" : $"{Number} {Text} {Detail}";
}
