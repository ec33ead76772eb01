namespace WorkSessions.Domain.Sessions;

/// <summary>Where a session is in its life; it only moves forward.</summary>
public enum WorkSessionStatus
{
    /// <summary>Dự kiến.</summary>
    Planned,

    /// <summary>Đã làm việc.</summary>
    Held,

    /// <summary>Đã kết luận.</summary>
    Concluded,

    /// <summary>Đã ban hành thông báo kết luận.</summary>
    NoticeIssued,
}
