namespace WorkSessions.Domain.Tasks;

/// <summary>A task's position in time, computed when read from today and the deadline; never stored.</summary>
public enum TimePosition
{
    /// <summary>Trong hạn.</summary>
    OnTime,

    /// <summary>Sắp đến hạn: due within the threshold (3 days by default), the deadline day included.</summary>
    DueSoon,

    /// <summary>Quá hạn.</summary>
    Overdue,

    /// <summary>Không thời hạn: ongoing work (thường xuyên).</summary>
    NoDeadline,
}
