using System.Linq.Expressions;

namespace WorkSessions.Domain.Tasks;

/// <summary>
/// Where a task stands in time (<see cref="TimePosition"/>), written once, as one expression per
/// position over the deadline in force, the day the task was reported done, today, and the last day
/// that is still "soon". Lists run the expressions in SQL (<see cref="Is"/>); a task, or a row read
/// for a list, gets its position in memory from the same expressions, compiled (<see cref="Of"/>).
/// The four are exclusive and together cover every case.
/// </summary>
public static class TimePositionRule
{
    /// <summary>The order <see cref="Of"/> asks in; any order gives the same answer, since exactly one holds.</summary>
    private static readonly TimePosition[] Positions = [TimePosition.NoDeadline, TimePosition.Overdue, TimePosition.DueSoon, TimePosition.OnTime];

    private static readonly Dictionary<TimePosition, Func<DateOnly?, DateOnly?, DateOnly, DateOnly, bool>> Compiled =
        Positions.ToDictionary(p => p, p => Rule(p).Compile());

    /// <summary>
    /// The rule. A finished task is on time if it was reported done by its deadline and overdue
    /// otherwise; an open one is overdue past its deadline and due soon from <c>soon</c> days before
    /// it, the deadline day included.
    /// </summary>
    private static Expression<Func<DateOnly?, DateOnly?, DateOnly, DateOnly, bool>> Rule(TimePosition position) => position switch
    {
        TimePosition.NoDeadline => (deadline, completedOn, today, soon) => deadline == null,
        TimePosition.Overdue => (deadline, completedOn, today, soon) => deadline != null
            && ((completedOn != null && completedOn > deadline) || (completedOn == null && deadline < today)),
        TimePosition.DueSoon => (deadline, completedOn, today, soon) => deadline != null
            && completedOn == null && deadline >= today && deadline <= soon,
        _ => (deadline, completedOn, today, soon) => deadline != null
            && ((completedOn != null && completedOn <= deadline) || (completedOn == null && deadline > soon)),
    };

    /// <summary>The position of a task with this deadline and completion day, on <paramref name="today"/>.</summary>
    public static TimePosition Of(DateOnly? deadline, DateOnly? completedOn, DateOnly today, int dueSoonDays)
    {
        var soon = today.AddDays(dueSoonDays);
        foreach (var position in Positions)
        {
            if (Compiled[position](deadline, completedOn, today, soon))
            {
                return position;
            }
        }

        throw new InvalidOperationException("The time positions cover every case; none held.");
    }

    /// <summary>
    /// The rule for one position as a filter on tasks, for SQL: the deadline in force and the
    /// completion day are the task's columns; today and the last "soon" day are query parameters.
    /// </summary>
    public static Expression<Func<FollowUpTask, bool>> Is(TimePosition position, DateOnly today, int dueSoonDays)
    {
        var rule = Rule(position);
        var task = Expression.Parameter(typeof(FollowUpTask), "t");
        var days = Expression.Constant(new Days(today, today.AddDays(dueSoonDays)));
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [rule.Parameters[0]] = Expression.Property(task, nameof(FollowUpTask.CurrentDeadline)),
            [rule.Parameters[1]] = Expression.Property(task, nameof(FollowUpTask.CompletedOn)),
            [rule.Parameters[2]] = Expression.Property(days, nameof(Days.Today)),
            [rule.Parameters[3]] = Expression.Property(days, nameof(Days.Soon)),
        }).Visit(rule.Body);
        return Expression.Lambda<Func<FollowUpTask, bool>>(body, task);
    }

    /// <summary>Read through a property of a constant, as a closure is: the query gets parameters, not literals, so its plan is reused.</summary>
    private sealed record Days(DateOnly Today, DateOnly Soon);

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
