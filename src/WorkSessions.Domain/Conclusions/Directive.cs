using WorkSessions.Domain.Common;
using WorkSessions.Domain.Tasks;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Conclusions;

/// <summary>One numbered item of a conclusion, and the tasks that carry it out.</summary>
public sealed class Directive : Entity
{
    public const int TextMaxLength = 4000;

    private readonly List<FollowUpTask> _tasks = [];

    private Directive()
    {
        Text = string.Empty;
        SearchKey = string.Empty;
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

    /// <summary>The folded text, so that a search finds the session by what the leader directed.</summary>
    public string SearchKey { get; private set; }

    public void Change(DirectiveField field, string text)
    {
        // Check before changing anything: a refused change leaves the directive as it was.
        var checkedText = Guard.Required(text, nameof(Text), "Nội dung chỉ đạo", TextMaxLength);
        Field = field;
        Text = checkedText;
        SearchKey = VietnameseText.SearchKey(Text);
    }

    /// <summary>Turns the directive into a task for one lead unit (the "6 rõ": who, what, with whom, by when, output, reporting).</summary>
    public FollowUpTask Assign(Unit leadUnit, IEnumerable<Unit> coordinatingUnits, DateOnly? deadline, string expectedOutput, ReportingSchedule reportingSchedule)
    {
        if (deadline is { } due && due < GivenOn)
        {
            throw new DomainException("Thời hạn không được trước ngày làm việc.", nameof(FollowUpTask.OriginalDeadline)) { Code = "DeadlineBeforeSession" };
        }

        var task = new FollowUpTask(leadUnit, coordinatingUnits, GivenOn, deadline, expectedOutput, reportingSchedule);
        _tasks.Add(task);
        return task;
    }

    /// <summary>Removes a task given by mistake; a task the unit has already reported on stays on record.</summary>
    public void RemoveTask(FollowUpTask task, DateTime utcNow)
    {
        if (!Tasks.Contains(task))
        {
            throw new DomainException("Nhiệm vụ không thuộc ý kiến chỉ đạo này.", nameof(Tasks));
        }

        if (task.HasReports)
        {
            throw new DomainException($"Nhiệm vụ của ý kiến chỉ đạo số {Number} đã có báo cáo của đơn vị, không xóa được.", nameof(Tasks)) { Code = "ReportedTaskRemoved", Arguments = [Number] };
        }

        task.MarkDeleted(utcNow);
    }

    internal void Renumber(int number) => Number = number;
}
