using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Shared;

/// <summary>Settings of task tracking, section "Tasks" of the configuration.</summary>
public sealed class TaskOptions
{
    public const string Section = "Tasks";

    /// <summary>A task is "sắp đến hạn" this many days before its deadline, the deadline day included.</summary>
    public int DueSoonDays { get; set; } = FollowUpTask.DefaultDueSoonDays;
}
