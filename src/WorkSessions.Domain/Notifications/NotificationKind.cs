namespace WorkSessions.Domain.Notifications;

/// <summary>What a notification tells, and so who reads it (<see cref="Notification.AudienceOf"/>).</summary>
public enum NotificationKind
{
    /// <summary>Nhiệm vụ mới: to the lead and the coordinating units.</summary>
    TaskAssigned,

    /// <summary>Sắp đến hạn: to the lead unit, once for each deadline.</summary>
    DueSoon,

    /// <summary>Quá hạn: to the lead unit, once for each deadline.</summary>
    Overdue,

    /// <summary>Văn phòng trả lại: to the lead unit.</summary>
    Returned,

    /// <summary>Gia hạn đã được quyết định: to the lead unit.</summary>
    ExtensionDecided,

    /// <summary>Đơn vị báo cáo hoàn thành: to office staff, who confirm.</summary>
    ReportedDone,

    /// <summary>Đơn vị đề nghị gia hạn: to the leaders, who decide.</summary>
    ExtensionRequested,
}

/// <summary>Who reads a notification: the users of one unit, office staff, or leaders.</summary>
public enum NotificationAudience
{
    Unit,
    OfficeStaff,
    Leadership,
}
