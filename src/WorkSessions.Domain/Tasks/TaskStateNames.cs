namespace WorkSessions.Domain.Tasks;

/// <summary>The Vietnamese names of task states, for the domain's own messages.</summary>
public static class TaskStateNames
{
    public static string Vietnamese(TaskState state) => state switch
    {
        TaskState.NotStarted => "chưa thực hiện",
        TaskState.InProgress => "đang thực hiện",
        TaskState.AwaitingConfirmation => "chờ xác nhận",
        TaskState.Done => "đã hoàn thành",
        _ => "tạm dừng",
    };
}
