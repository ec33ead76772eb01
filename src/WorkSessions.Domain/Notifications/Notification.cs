using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Notifications;

/// <summary>
/// One thing a person should know about a task, produced once by the background job from the
/// task's data. <see cref="EventKey"/> names the event ("overdue:12:2026-11-30") and is unique, so
/// two nodes running the job at once cannot tell it twice. The text is written when it is produced:
/// the bell and the e-mail say the same, and an old notification does not change with the task.
/// </summary>
public sealed class Notification : Entity
{
    public const int TextMaxLength = 600;

    private Notification()
    {
        EventKey = string.Empty;
        Text = string.Empty;
    }

    public Notification(NotificationKind kind, string eventKey, int followUpTaskId, int? unitId, string text, DateTime createdAtUtc)
        : this()
    {
        Kind = kind;
        Audience = AudienceOf(kind);
        if (Audience == NotificationAudience.Unit && unitId is null)
        {
            throw new DomainException("Thông báo cho đơn vị phải có đơn vị nhận.", nameof(UnitId));
        }

        EventKey = Guard.Required(eventKey, nameof(EventKey), "Khóa sự kiện", 100);
        FollowUpTaskId = followUpTaskId;
        UnitId = Audience == NotificationAudience.Unit ? unitId : null;
        Text = text.Length <= TextMaxLength ? text : text[..(TextMaxLength - 1)] + "…";
        CreatedAtUtc = createdAtUtc;
    }

    public NotificationKind Kind { get; private set; }

    public NotificationAudience Audience { get; private set; }

    public string EventKey { get; private set; }

    public int FollowUpTaskId { get; private set; }

    /// <summary>The unit whose users read it; null for office staff and leaders.</summary>
    public int? UnitId { get; private set; }

    public string Text { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Set by the node that took the e-mail on; another node leaves it alone.</summary>
    public DateTime? EmailClaimedAtUtc { get; private set; }

    public DateTime? EmailedAtUtc { get; private set; }

    public static NotificationAudience AudienceOf(NotificationKind kind) => kind switch
    {
        NotificationKind.ReportedDone => NotificationAudience.OfficeStaff,
        NotificationKind.ExtensionRequested => NotificationAudience.Leadership,
        _ => NotificationAudience.Unit,
    };
}
