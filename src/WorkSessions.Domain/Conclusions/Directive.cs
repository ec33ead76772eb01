using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Conclusions;

/// <summary>One numbered item of a conclusion, and the tasks that carry it out.</summary>
public sealed class Directive : Entity
{
    private readonly List<FollowUpTask> _tasks = [];

    private Directive()
    {
        Text = string.Empty;
    }

    internal Directive(DirectiveField field, string text, int number, DateOnly givenOn)
        : this()
    {
        Change(field, text);
        Number = number;
        GivenOn = givenOn;
    }

    public int ConclusionId { get; private set; }

    public int Number { get; private set; }

    public DirectiveField Field { get; private set; }

    public string Text { get; private set; }

    /// <summary>The session's day: no task may be due before it.</summary>
    public DateOnly GivenOn { get; private set; }

    public IReadOnlyList<FollowUpTask> Tasks => [.. _tasks.Where(t => !t.IsDeleted)];

    public void Change(DirectiveField field, string text)
    {
        // Check before changing anything: a refused change leaves the directive as it was.
        var checkedText = Guard.Required(text, nameof(Text), "Nội dung chỉ đạo", 4000);
        Field = field;
        Text = checkedText;
    }

    /// <summary>Turns the directive into a task for one lead unit (the "6 rõ": who, what, with whom, by when, output, reporting).</summary>
    public FollowUpTask Assign(Unit leadUnit, IEnumerable<Unit> coordinatingUnits, DateOnly? deadline, string expectedOutput, ReportingSchedule reportingSchedule)
    {
        if (deadline is { } due && due < GivenOn)
        {
            throw new DomainException("Thời hạn không được trước ngày làm việc.", nameof(FollowUpTask.OriginalDeadline));
        }

        var task = new FollowUpTask(leadUnit, coordinatingUnits, GivenOn, deadline, expectedOutput, reportingSchedule);
        _tasks.Add(task);
        return task;
    }

    internal void Renumber(int number) => Number = number;
}
