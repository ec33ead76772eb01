using WorkSessions.Web.Features.Tasks;

namespace WorkSessions.Web.Features.Overview;

/// <summary>
/// The leaders' overview of one period: the formula in total and by unit, field and chairing leader
/// (each line with the filter behind its figures), and the overdue and due-soon tasks to look at.
/// </summary>
public sealed record Dashboard(
    DateOnly Today,
    TaskFilter Period,
    Tally Total,
    IReadOnlyList<TallyLine> ByUnit,
    IReadOnlyList<TallyLine> ByField,
    IReadOnlyList<TallyLine> ByLeader,
    IReadOnlyList<TaskListItem> Overdue,
    IReadOnlyList<TaskListItem> DueSoon);
