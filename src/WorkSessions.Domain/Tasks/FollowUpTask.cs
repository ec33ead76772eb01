using WorkSessions.Domain.Attachments;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tasks;

/// <summary>
/// A directive assigned to one lead unit, followed until the office confirms it done.
/// The original deadline is kept for reporting; an approved extension only moves the current one.
/// </summary>
public sealed class FollowUpTask : Entity
{
    public const int ExpectedOutputMaxLength = 1000;
    public const int CoordinatingGroupMaxLength = 300;
    public const int DefaultDueSoonDays = 3;

    private readonly List<TaskCoordinatingUnit> _coordinatingUnits = [];
    private readonly List<ProgressUpdate> _updates = [];
    private readonly List<DeadlineExtension> _extensions = [];
    private readonly List<CompletionReview> _reviews = [];

    private FollowUpTask()
    {
        ExpectedOutput = string.Empty;
    }

    internal FollowUpTask(Unit leadUnit, IEnumerable<Unit> coordinatingUnits, DateOnly assignedOn, DateOnly? deadline, string expectedOutput, ReportingSchedule reportingSchedule)
    {
        LeadUnit = leadUnit;
        foreach (var unit in coordinatingUnits.Distinct())
        {
            if (ReferenceEquals(unit, leadUnit))
            {
                throw new DomainException("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.", nameof(CoordinatingUnits)) { Code = "LeadAlsoCoordinates" };
            }

            _coordinatingUnits.Add(new TaskCoordinatingUnit(unit));
        }

        AssignedOn = assignedOn;
        OriginalDeadline = deadline;
        CurrentDeadline = deadline;
        ExpectedOutput = Guard.Required(expectedOutput, nameof(ExpectedOutput), "Sản phẩm đầu ra", ExpectedOutputMaxLength);
        ReportingSchedule = reportingSchedule;
    }

    public int DirectiveId { get; private set; }

    public Directive Directive { get; private set; } = null!;

    public int LeadUnitId { get; private set; }

    public Unit LeadUnit { get; private set; } = null!;

    public IReadOnlyList<TaskCoordinatingUnit> CoordinatingUnits => _coordinatingUnits;

    /// <summary>
    /// Coordinating units the directive names only as a group ("các sở, ngành liên quan"), beside
    /// or instead of named units; null when there is none. Never turned into a guessed list of units.
    /// </summary>
    public string? CoordinatingGroup { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    /// <summary>The deadline first given; reports count against it. Null for ongoing work (thường xuyên).</summary>
    public DateOnly? OriginalDeadline { get; private set; }

    /// <summary>The deadline in force after approved extensions.</summary>
    public DateOnly? CurrentDeadline { get; private set; }

    public string ExpectedOutput { get; private set; }

    public ReportingSchedule ReportingSchedule { get; private set; }

    public TaskState State { get; private set; }

    /// <summary>The last reported percentage of completion.</summary>
    public int Percent { get; private set; }

    /// <summary>The day the unit reported it done, once the office has confirmed it.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The day of the completion report awaiting confirmation.</summary>
    public DateOnly? ReportedDoneOn { get; private set; }

    public IReadOnlyList<ProgressUpdate> Updates => [.. _updates.OrderBy(u => u.ReportedOn).ThenBy(u => u.Id)];

    public IReadOnlyList<DeadlineExtension> Extensions => _extensions;

    public IReadOnlyList<CompletionReview> Reviews => _reviews;

    public bool IsOpen => State is not (TaskState.Done or TaskState.Suspended);

    /// <summary>The unit has reported on it or asked for more time: from then on its assignment is on record.</summary>
    public bool HasReports => _updates.Count > 0 || _extensions.Count > 0 || _reviews.Count > 0;

    /// <summary>Who coordinates, as the lists show it: the named units, then the group as written.</summary>
    public static IReadOnlyList<string> Coordinators(IEnumerable<string> unitNames, string? group) =>
        [.. unitNames, .. group is { } named ? [named] : Array.Empty<string>()];

    public void DescribeCoordinatingGroup(string? group) =>
        CoordinatingGroup = Guard.Optional(group, nameof(CoordinatingGroup), "Nhóm đơn vị phối hợp", CoordinatingGroupMaxLength);

    /// <summary>
    /// Corrects the "6 rõ" as the office typed them. Lead unit and deadline are corrected only
    /// before the unit has reported: after that a new deadline comes through an extension.
    /// </summary>
    public void CorrectAssignment(Unit leadUnit, IEnumerable<Unit> coordinatingUnits, DateOnly? deadline, string expectedOutput, ReportingSchedule reportingSchedule)
    {
        ArgumentNullException.ThrowIfNull(leadUnit);
        var coordinating = coordinatingUnits.Distinct().ToList();
        var output = Guard.Required(expectedOutput, nameof(ExpectedOutput), "Sản phẩm đầu ra", ExpectedOutputMaxLength);
        if (coordinating.Contains(leadUnit))
        {
            throw new DomainException("Đơn vị chủ trì không đồng thời là đơn vị phối hợp.", nameof(CoordinatingUnits)) { Code = "LeadAlsoCoordinates" };
        }

        if (deadline is { } due && due < AssignedOn)
        {
            throw new DomainException("Thời hạn không được trước ngày làm việc.", nameof(OriginalDeadline)) { Code = "DeadlineBeforeSession" };
        }

        var leadChanged = !ReferenceEquals(leadUnit, LeadUnit);
        if (HasReports && (leadChanged || deadline != OriginalDeadline))
        {
            throw new DomainException("Nhiệm vụ đã có báo cáo của đơn vị: đơn vị chủ trì và thời hạn không sửa được nữa (thời hạn mới đi qua gia hạn).", leadChanged ? nameof(LeadUnit) : nameof(OriginalDeadline)) { Code = "ReportedTaskLocked" };
        }

        if (!HasReports)
        {
            // After reports the deadlines stay: the original is what reports count against, the current may carry an extension.
            LeadUnit = leadUnit;
            OriginalDeadline = deadline;
            CurrentDeadline = deadline;
        }

        ExpectedOutput = output;
        ReportingSchedule = reportingSchedule;
        _coordinatingUnits.RemoveAll(c => !coordinating.Contains(c.Unit));
        foreach (var unit in coordinating.Where(u => !_coordinatingUnits.Any(c => ReferenceEquals(c.Unit, u))))
        {
            _coordinatingUnits.Add(new TaskCoordinatingUnit(unit));
        }
    }

    public ProgressUpdate ReportProgress(DateOnly reportedOn, string narrative, int percent, string reportedBy, IEnumerable<Attachment>? evidence = null)
    {
        EnsureState("báo cáo tiến độ", TaskState.NotStarted, TaskState.InProgress);
        if (percent >= 100)
        {
            throw new DomainException("Để báo cáo hoàn thành, hãy dùng \"Báo cáo hoàn thành\" kèm sản phẩm đầu ra.", nameof(Percent));
        }

        var update = AddUpdate(new ProgressUpdate(reportedOn, narrative, percent, reportedBy, reportsCompletion: false, outputDocument: null), evidence);
        State = TaskState.InProgress;
        Percent = percent;
        return update;
    }

    /// <summary>The unit reports the task done with its output; the office must confirm.</summary>
    public ProgressUpdate ReportDone(DateOnly reportedOn, string narrative, string outputDocument, string reportedBy, IEnumerable<Attachment>? evidence = null)
    {
        EnsureState("báo cáo hoàn thành", TaskState.NotStarted, TaskState.InProgress);
        if (string.IsNullOrWhiteSpace(outputDocument))
        {
            throw new DomainException("Báo cáo hoàn thành cần có sản phẩm đầu ra.", nameof(ProgressUpdate.OutputDocument));
        }

        var update = AddUpdate(new ProgressUpdate(reportedOn, narrative, 100, reportedBy, reportsCompletion: true, outputDocument), evidence);
        State = TaskState.AwaitingConfirmation;
        Percent = 100;
        ReportedDoneOn = reportedOn;
        return update;
    }

    public CompletionReview Confirm(DateOnly reviewedOn, string reviewedBy)
    {
        EnsureState("xác nhận hoàn thành", TaskState.AwaitingConfirmation);
        var review = new CompletionReview(reviewedOn, accepted: true, reviewedBy, reason: null);
        _reviews.Add(review);
        State = TaskState.Done;
        CompletedOn = ReportedDoneOn;
        return review;
    }

    /// <summary>The office returns a completion report; the task goes back to work.</summary>
    public CompletionReview Return(DateOnly reviewedOn, string reviewedBy, string reason)
    {
        EnsureState("trả lại", TaskState.AwaitingConfirmation);
        var review = new CompletionReview(reviewedOn, accepted: false, reviewedBy, reason);
        _reviews.Add(review);
        State = TaskState.InProgress;
        ReportedDoneOn = null;
        return review;
    }

    public DeadlineExtension RequestExtension(DateOnly requestedOn, DateOnly proposedDeadline, string reason, string requestedBy)
    {
        EnsureState("đề nghị gia hạn", TaskState.NotStarted, TaskState.InProgress);
        if (CurrentDeadline is not { } current)
        {
            throw new DomainException("Nhiệm vụ thường xuyên không có thời hạn để gia hạn.", nameof(CurrentDeadline));
        }

        if (_extensions.Any(e => e.Status == ExtensionStatus.Pending))
        {
            throw new DomainException("Nhiệm vụ đang có một đề nghị gia hạn chờ duyệt.", nameof(Extensions));
        }

        var extension = new DeadlineExtension(requestedOn, current, proposedDeadline, reason, requestedBy);
        _extensions.Add(extension);
        return extension;
    }

    public void DecideExtension(DeadlineExtension extension, bool approve, DateOnly decidedOn, string decidedBy, string? note = null)
    {
        if (!_extensions.Contains(extension))
        {
            throw new DomainException("Đề nghị gia hạn không thuộc nhiệm vụ này.", nameof(Extensions));
        }

        extension.Decide(approve, decidedOn, decidedBy, note);
        if (approve)
        {
            CurrentDeadline = extension.ProposedDeadline;
        }
    }

    public void Suspend() => State = IsOpen
        ? TaskState.Suspended
        : throw new DomainException("Chỉ tạm dừng được nhiệm vụ chưa hoàn thành.", nameof(State));

    public void Resume()
    {
        EnsureState("tiếp tục", TaskState.Suspended);
        State = _updates.Count == 0 ? TaskState.NotStarted : TaskState.InProgress;
    }

    /// <summary>
    /// Where the task stands in time on <paramref name="today"/>, against the deadline in force
    /// (<see cref="TimePositionRule"/>). A finished task is on time if it was reported done by that deadline.
    /// </summary>
    public TimePosition PositionOn(DateOnly today, int dueSoonDays = DefaultDueSoonDays) =>
        TimePositionRule.Of(CurrentDeadline, CompletedOn, today, dueSoonDays);

    /// <summary>For reports: was the task due by <paramref name="date"/> under its original deadline?</summary>
    public bool WasDueBy(DateOnly date) => OriginalDeadline is { } original && original <= date;

    /// <summary>For reports: done and reported by the original deadline, extensions notwithstanding.</summary>
    public bool IsDoneOnTime => CompletedOn is { } done && (OriginalDeadline is null || done <= OriginalDeadline);

    private ProgressUpdate AddUpdate(ProgressUpdate update, IEnumerable<Attachment>? evidence)
    {
        if (update.ReportedOn < AssignedOn)
        {
            throw new DomainException("Ngày báo cáo không được trước ngày giao nhiệm vụ.", nameof(ProgressUpdate.ReportedOn));
        }

        update.AddEvidence(evidence);
        _updates.Add(update);
        return update;
    }

    private void EnsureState(string action, params TaskState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainException($"Không thể {action} khi nhiệm vụ đang ở trạng thái \"{TaskStateNames.Vietnamese(State)}\".", nameof(State));
        }
    }
}
