using WorkSessions.Domain.Notices;

namespace WorkSessions.Web.Features.Notices;

/// <summary>A notice in a session's list.</summary>
public sealed record NoticeListItem(int Id, NoticeStatus Status, string? Number, DateOnly? IssuedOn, string? Corrects);

/// <summary>The notices of one session and what the reader may do with them.</summary>
public sealed record SessionNotices(IReadOnlyList<NoticeListItem> Notices, bool CanDraft);

/// <summary>One notice: its preview, its form while it is a draft, and what the reader may do.</summary>
public sealed record NoticeView(
    int Id,
    int WorkSessionId,
    string SessionTitle,
    NoticeStatus Status,
    string? Number,
    DateOnly? IssuedOn,
    string PreviewHtml,
    string FormatName,
    NoticeForm? Form,
    bool CanEdit,
    bool CanIssue,
    bool CanCorrect)
{
    /// <summary>For a draft: what to look at before it is issued today (an issuer that ended, a signer who left).</summary>
    public IReadOnlyList<WorkSessions.Web.Shared.Forms.FormError> Warnings { get; init; } = [];
}

/// <summary>A file to send: its bytes, its type and its name.</summary>
public sealed record NoticeFile(byte[] Content, string ContentType, string FileName);
