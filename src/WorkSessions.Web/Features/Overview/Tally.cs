using WorkSessions.Web.Features.Tasks;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// The reporting formula for one group of tasks: of those due by today, N done (a on time, b late)
/// and M not done (c still within an extension, d overdue), with the on-time rate a / (N + M).
/// </summary>
public sealed record Tally(int Assigned, int Due, int Done, int DoneOnTime, int DoneLate, int NotDone, int NotDoneOnTime, int NotDoneOverdue)
{
    /// <summary>Null when nothing is due yet: a rate of nothing is not 0%.</summary>
    public decimal? OnTimeRate => Due == 0 ? null : Math.Round(100m * DoneOnTime / Due, 1);

    public int this[TaskTally? cell] => cell switch
    {
        null => Assigned,
        TaskTally.Due => Due,
        TaskTally.Done => Done,
        TaskTally.DoneOnTime => DoneOnTime,
        TaskTally.DoneLate => DoneLate,
        TaskTally.NotDone => NotDone,
        TaskTally.NotDoneOnTime => NotDoneOnTime,
        _ => NotDoneOverdue,
    };

    /// <summary>Every figure of the formula, as the dashboard links them; null stands for all the tasks assigned in the period.</summary>
    public static readonly TaskTally?[] Cells = [null, TaskTally.Due, TaskTally.Done, TaskTally.DoneOnTime, TaskTally.DoneLate, TaskTally.NotDone, TaskTally.NotDoneOnTime, TaskTally.NotDoneOverdue];

    /// <summary>
    /// The figures that are counted; the others are their sums. A due task is done (on time or late)
    /// or not (within its extension or overdue), so N, M and N + M need no query of their own.
    /// </summary>
    public static readonly TaskTally?[] Counted = [null, TaskTally.DoneOnTime, TaskTally.DoneLate, TaskTally.NotDoneOnTime, TaskTally.NotDoneOverdue];

    /// <summary>The formula from the counts, in the order of <see cref="Counted"/>.</summary>
    public static Tally From(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (onTime, late, stillOnTime, overdue) = (counts[1], counts[2], counts[3], counts[4]);
        return new(counts[0], onTime + late + stillOnTime + overdue, onTime + late, onTime, late, stillOnTime + overdue, stillOnTime, overdue);
    }
}
