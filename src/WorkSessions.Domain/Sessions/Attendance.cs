using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Domain.Sessions;

/// <summary>
/// Someone who took part in a session. Name and title are copied as they were on the day:
/// a later change of title must not rewrite what a 2021 notice says.
/// </summary>
public sealed class Attendance : Entity
{
    private Attendance()
    {
        FullName = string.Empty;
        Title = string.Empty;
    }

    internal Attendance(Official? official, string fullName, string title, AttendanceSide side, AttendanceRole role, int order)
    {
        Official = official;
        OfficialId = official?.Id > 0 ? official.Id : null;
        FullName = Guard.Required(fullName, nameof(FullName), "Họ và tên", Official.NameMaxLength);
        Title = Guard.Optional(title, nameof(Title), "Chức vụ", 400) ?? string.Empty;
        Side = side;
        Role = role;
        Order = order;
    }

    public int WorkSessionId { get; private set; }

    /// <summary>Null for a collective body ("Ban Thường vụ Huyện ủy") or a guest not in the register.</summary>
    public int? OfficialId { get; private set; }

    public Official? Official { get; private set; }

    public string FullName { get; private set; }

    /// <summary>The title held on the session's day.</summary>
    public string Title { get; private set; }

    public AttendanceSide Side { get; private set; }

    public AttendanceRole Role { get; private set; }

    public int Order { get; private set; }

    public void CorrectTitle(string title) =>
        Title = Guard.Optional(title, nameof(Title), "Chức vụ", 400) ?? string.Empty;

    /// <summary>Corrects how the person took part; a name is corrected here only for someone outside the register.</summary>
    internal void Change(string fullName, string title, AttendanceSide side, AttendanceRole role)
    {
        var checkedName = OfficialId is null && Official is null
            ? Guard.Required(fullName, nameof(FullName), "Họ và tên", Official.NameMaxLength)
            : FullName;
        var checkedTitle = Guard.Optional(title, nameof(Title), "Chức vụ", 400) ?? string.Empty;
        FullName = checkedName;
        Title = checkedTitle;
        Side = side;
        Role = role;
    }

    internal void MoveTo(int order) => Order = order;
}
