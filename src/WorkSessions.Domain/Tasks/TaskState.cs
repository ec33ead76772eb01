namespace WorkSessions.Domain.Tasks;

/// <summary>The stored state of a task. Its position in time is computed, see <see cref="TimePosition"/>.</summary>
public enum TaskState
{
    /// <summary>Chưa thực hiện.</summary>
    NotStarted,

    /// <summary>Đang thực hiện.</summary>
    InProgress,

    /// <summary>Chờ xác nhận: reported done, awaiting the office.</summary>
    AwaitingConfirmation,

    /// <summary>Đã hoàn thành: confirmed by the office.</summary>
    Done,

    /// <summary>Tạm dừng.</summary>
    Suspended,
}
