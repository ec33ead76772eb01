using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tasks;

/// <summary>The office's answer to a task reported done: accepted, or returned with a reason.</summary>
public sealed class CompletionReview : Entity
{
    public const int ReasonMaxLength = 4000;

    private CompletionReview()
    {
        ReviewedBy = string.Empty;
    }

    internal CompletionReview(DateOnly reviewedOn, bool accepted, string reviewedBy, string? reason)
    {
        if (!accepted && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Cần nêu lý do trả lại nhiệm vụ.", nameof(Reason));
        }

        ReviewedOn = reviewedOn;
        Accepted = accepted;
        ReviewedBy = Guard.Required(reviewedBy, nameof(ReviewedBy), "Người xác nhận", 100);
        Reason = Guard.Optional(reason, nameof(Reason), "Lý do", ReasonMaxLength);
    }

    public int FollowUpTaskId { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public bool Accepted { get; private set; }

    public string ReviewedBy { get; private set; }

    public string? Reason { get; private set; }
}
