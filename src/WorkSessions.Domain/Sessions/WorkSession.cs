using WorkSessions.Domain.Common;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Sessions;

/// <summary>
/// A meeting of provincial leaders with a unit: who came, what the unit reported, what the
/// leader concluded. The aggregate root of everything recorded about that day.
/// </summary>
public sealed class WorkSession : Entity
{
    public const int PlaceMaxLength = 300;
    public const int SubjectsMaxLength = 4000;
    public const int NotesMaxLength = 4000;
    public const int TitleMaxLength = 300;

    private readonly List<Attendance> _attendances = [];

    private WorkSession()
    {
        Title = string.Empty;
        Subjects = string.Empty;
        SearchKey = string.Empty;
    }

    public WorkSession(string title, SessionDate date, TimeOnly? startTime, string? place, WorkSessionKind kind, Unit hostUnit, string subjects, PartOfDay? partOfDay = null)
        : this()
    {
        ChangeDetails(title, date, startTime, place, kind, hostUnit, subjects, partOfDay);
    }

    public string Title { get; private set; }

    /// <summary>
    /// The calendar day in Vietnam (not an instant, so no time zone applies); when the source gives
    /// only a month or a year, the first day of it, read with <see cref="DatePrecision"/>. Lists sort by it.
    /// </summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>The last day the session may have been held on: <see cref="HeldOn"/> itself when the day is known.</summary>
    public DateOnly HeldUntil { get; private set; }

    public DatePrecision DatePrecision { get; private set; }

    /// <summary>The source gives the date as an estimate ("khoảng").</summary>
    public bool DateIsApproximate { get; private set; }

    /// <summary>The date as far as the source gives it.</summary>
    public SessionDate Date => SessionDate.Of(HeldOn, DatePrecision, DateIsApproximate);

    public TimeOnly? StartTime { get; private set; }

    /// <summary>Sáng, chiều or tối when the source names the part of the day instead of a clock time.</summary>
    public PartOfDay? PartOfDay { get; private set; }

    /// <summary>Where the session was held; null when the source does not say, never guessed.</summary>
    public string? Place { get; private set; }

    public WorkSessionKind Kind { get; private set; }

    public int HostUnitId { get; private set; }

    public Unit HostUnit { get; private set; } = null!;

    /// <summary>What the session dealt with ("kết quả thực hiện nhiệm vụ chính trị năm 2020…").</summary>
    public string Subjects { get; private set; }

    public string? Notes { get; private set; }

    public WorkSessionStatus Status { get; private set; }

    public UnitReport? Report { get; private set; }

    public Conclusion? Conclusion { get; private set; }

    public string SearchKey { get; private set; }

    public IReadOnlyList<Attendance> Attendances => [.. _attendances.Where(a => !a.IsDeleted).OrderBy(a => a.Order)];

    public Attendance? Chair => Attendances.FirstOrDefault(a => a.Role == AttendanceRole.Chair);

    public void ChangeDetails(string title, SessionDate date, TimeOnly? startTime, string? place, WorkSessionKind kind, Unit hostUnit, string subjects, PartOfDay? partOfDay = null)
    {
        EnsureEditable();
        if (date.Precision != DatePrecision.Day && (startTime is not null || partOfDay is not null))
        {
            throw new DomainException("Chưa biết ngày làm việc thì không ghi giờ hay buổi.", startTime is not null ? nameof(StartTime) : nameof(PartOfDay)) { Code = "TimeWithoutDay" };
        }

        if (startTime is not null && partOfDay is not null)
        {
            throw new DomainException("Ghi giờ bắt đầu hoặc buổi (sáng, chiều, tối), không ghi cả hai.", nameof(PartOfDay)) { Code = "TimeAndPartOfDay" };
        }

        // A unit merged away in the middle of a month can still have hosted a session "in" that month.
        if (!hostUnit.IsValidDuring(date.First, date.Last))
        {
            throw new DomainException($"Đơn vị {hostUnit.Name} không hoạt động vào {VietnameseDate.Long(date)}.", nameof(HostUnit)) { Code = "UnitNotActive", Arguments = [hostUnit.Name, date] };
        }

        // Check every field before changing any: a refused change leaves the session as it was.
        var checkedTitle = Guard.Required(title, nameof(Title), "Tiêu đề", TitleMaxLength);
        var checkedPlace = Guard.Optional(place, nameof(Place), "Địa điểm", PlaceMaxLength);
        var checkedSubjects = Guard.Required(subjects, nameof(Subjects), "Nội dung làm việc", SubjectsMaxLength);
        Title = checkedTitle;
        HeldOn = date.First;
        HeldUntil = date.Last;
        DatePrecision = date.Precision;
        DateIsApproximate = date.IsApproximate;
        StartTime = startTime;
        PartOfDay = partOfDay;
        Place = checkedPlace;
        Kind = kind;
        HostUnit = hostUnit;
        Subjects = checkedSubjects;
        SearchKey = VietnameseText.SearchKey(Title, hostUnit.Name, Place, Subjects);
    }

    public void SetNotes(string? notes) => Notes = Guard.Optional(notes, nameof(Notes), "Ghi chú", NotesMaxLength);

    /// <summary>Adds a registered official with the title held on the session's day (editable, e.g. to shorten it).</summary>
    public Attendance AddParticipant(Official official, AttendanceSide side, AttendanceRole role, string? titleOnTheDay = null)
    {
        if (_attendances.Any(a => !a.IsDeleted && a.Official == official))
        {
            throw new DomainException($"{official.FullName} đã có trong thành phần dự.", nameof(Attendances)) { Code = "AttendeeTwice", Arguments = [official.FullName] };
        }

        return AddAttendance(new Attendance(official, official.FullName, titleOnTheDay ?? official.TitleOn(HeldOn), side, role, NextOrder()));
    }

    /// <summary>Adds a collective body or a guest who is not in the register of officials.</summary>
    public Attendance AddParticipant(string name, string title, AttendanceSide side, AttendanceRole role) =>
        AddAttendance(new Attendance(null, name, title, side, role, NextOrder()));

    /// <summary>Adds attendees named only as a group, with the description as the source gives it.</summary>
    public Attendance AddGroup(string description, AttendanceSide side, AttendanceRole role) =>
        AddAttendance(new Attendance(null, description, string.Empty, side, role, NextOrder(), isGroup: true));

    public void RemoveParticipant(Attendance attendance, DateTime utcNow)
    {
        EnsureEditable();
        Own(attendance).MarkDeleted(utcNow);
        var order = 1;
        foreach (var remaining in Attendances)
        {
            remaining.MoveTo(order++);
        }
    }

    public void ChangeParticipant(Attendance attendance, string fullName, string title, AttendanceSide side, AttendanceRole role)
    {
        EnsureEditable();
        Own(attendance).Change(fullName, title, side, role);
    }

    /// <summary>Puts the attendees in the order the notice will name them.</summary>
    public void ArrangeParticipants(IReadOnlyList<Attendance> order)
    {
        EnsureEditable();
        Ordering.Arrange(Attendances, order, (a, n) => a.MoveTo(n), nameof(Attendances));
    }

    public UnitReport AttachReport(string title, string periodCovered)
    {
        EnsureEditable();
        if (Report is not null)
        {
            throw new DomainException("Buổi làm việc đã có báo cáo của đơn vị.", nameof(Report));
        }

        Report = new UnitReport(title, periodCovered);
        return Report;
    }

    public Conclusion Conclude(string assessment)
    {
        EnsureEditable();
        if (Conclusion is not null)
        {
            throw new DomainException("Buổi làm việc đã có kết luận.", nameof(Conclusion));
        }

        Conclusion = new Conclusion(assessment, HeldOn);
        if (Status < WorkSessionStatus.Concluded)
        {
            Status = WorkSessionStatus.Concluded;
        }

        return Conclusion;
    }

    public void MarkHeld() => MoveTo(WorkSessionStatus.Held);

    public void MarkNoticeIssued() => MoveTo(WorkSessionStatus.NoticeIssued);

    private void MoveTo(WorkSessionStatus status)
    {
        if (status <= Status)
        {
            throw new DomainException("Trạng thái buổi làm việc chỉ chuyển tiếp, không quay lại.", nameof(Status));
        }

        if (status >= WorkSessionStatus.Concluded && Conclusion is null)
        {
            throw new DomainException("Buổi làm việc chưa có kết luận.", nameof(Status));
        }

        Status = status;
    }

    private Attendance AddAttendance(Attendance attendance)
    {
        EnsureEditable();
        _attendances.Add(attendance);
        return attendance;
    }

    private int NextOrder() => Attendances.Count + 1;

    private Attendance Own(Attendance attendance) => Attendances.Contains(attendance)
        ? attendance
        : throw new DomainException("Người dự không thuộc buổi làm việc này.", nameof(Attendances));

    /// <summary>Once the notice is issued the record is what was announced; changes go through a correction.</summary>
    private void EnsureEditable()
    {
        if (Status == WorkSessionStatus.NoticeIssued)
        {
            throw new DomainException("Thông báo kết luận đã ban hành: buổi làm việc không còn sửa trực tiếp được.", nameof(Status)) { Code = "SessionAnnounced" };
        }
    }
}
