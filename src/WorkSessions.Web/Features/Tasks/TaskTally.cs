using System.Linq.Expressions;
using WorkSessions.Domain.Tasks;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// The cells of the Vietnamese reporting formula: "đến hạn: N đã hoàn thành (a đúng hạn, b quá hạn);
/// M chưa hoàn thành (c còn trong hạn, d quá hạn)". Counted against the original deadline.
/// </summary>
public enum TaskTally
{
    /// <summary>Đến hạn: the original deadline has come (suspended tasks are not counted).</summary>
    Due,

    /// <summary>Due and confirmed done (N of the formula).</summary>
    Done,

    DoneOnTime,

    DoneLate,

    /// <summary>Due and not confirmed done; a task awaiting the office's confirmation is not done yet.</summary>
    NotDone,

    /// <summary>Due, not done, but still within an approved extension.</summary>
    NotDoneOnTime,

    NotDoneOverdue,
}

/// <summary>
/// The rules of <see cref="TaskTally"/>, written once as expressions: the task list runs them in SQL,
/// the dashboard counts with them in its grouped queries. The time position has its own rule in the
/// domain (<see cref="TimePositionRule"/>).
/// </summary>
public static class TaskRules
{
    public static Expression<Func<FollowUpTask, bool>> Is(TaskTally tally, DateOnly today) => tally switch
    {
        TaskTally.Due => t => t.OriginalDeadline <= today && t.State != TaskState.Suspended,
        TaskTally.Done => t => t.OriginalDeadline <= today && t.State == TaskState.Done,
        TaskTally.DoneOnTime => t => t.OriginalDeadline <= today && t.State == TaskState.Done && t.CompletedOn <= t.OriginalDeadline,
        TaskTally.DoneLate => t => t.OriginalDeadline <= today && t.State == TaskState.Done && t.CompletedOn > t.OriginalDeadline,
        TaskTally.NotDone => t => t.OriginalDeadline <= today && t.State != TaskState.Done && t.State != TaskState.Suspended,
        TaskTally.NotDoneOnTime => t => t.OriginalDeadline <= today && t.State != TaskState.Done && t.State != TaskState.Suspended && t.CurrentDeadline >= today,
        _ => t => t.OriginalDeadline <= today && t.State != TaskState.Done && t.State != TaskState.Suspended && t.CurrentDeadline < today,
    };
}
