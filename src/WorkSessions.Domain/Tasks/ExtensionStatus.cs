namespace WorkSessions.Domain.Tasks;

public enum ExtensionStatus
{
    /// <summary>Chờ duyệt.</summary>
    Pending,

    /// <summary>Đã đồng ý.</summary>
    Approved,

    /// <summary>Không đồng ý.</summary>
    Refused,
}
