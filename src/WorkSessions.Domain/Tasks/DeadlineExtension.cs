using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tasks;

/// <summary>A request for a new deadline and its decision (gia hạn). The task's original deadline is never changed.</summary>
public sealed class DeadlineExtension : Entity
{
    public const int ReasonMaxLength = 4000;
    public const int DecisionNoteMaxLength = 4000;

    private DeadlineExtension()
    {
        Reason = string.Empty;
        RequestedBy = string.Empty;
    }

    internal DeadlineExtension(DateOnly requestedOn, DateOnly previousDeadline, DateOnly proposedDeadline, string reason, string requestedBy)
    {
        if (proposedDeadline <= previousDeadline)
        {
            throw new DomainException("Thời hạn đề nghị phải sau thời hạn hiện tại.", nameof(ProposedDeadline));
        }

        RequestedOn = requestedOn;
        PreviousDeadline = previousDeadline;
        ProposedDeadline = proposedDeadline;
        Reason = Guard.Required(reason, nameof(Reason), "Lý do gia hạn", ReasonMaxLength);
        RequestedBy = Guard.Required(requestedBy, nameof(RequestedBy), "Người đề nghị", 100);
    }

    public int FollowUpTaskId { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly PreviousDeadline { get; private set; }

    public DateOnly ProposedDeadline { get; private set; }

    public string Reason { get; private set; }

    public string RequestedBy { get; private set; }

    public ExtensionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecisionNote { get; private set; }

    internal void Decide(bool approve, DateOnly decidedOn, string decidedBy, string? note)
    {
        if (Status != ExtensionStatus.Pending)
        {
            throw new DomainException("Đề nghị gia hạn này đã được quyết định.", nameof(Status));
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Cần nêu lý do không đồng ý gia hạn.", nameof(DecisionNote));
        }

        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        DecidedOn = decidedOn;
        DecidedBy = Guard.Required(decidedBy, nameof(DecidedBy), "Người quyết định", 100);
        DecisionNote = Guard.Optional(note, nameof(DecisionNote), "Ý kiến", DecisionNoteMaxLength);
    }
}
