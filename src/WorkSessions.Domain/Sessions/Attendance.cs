using WorkSessions.Domain.Common;
using WorkSessions.Domain.Officials;

namespace WorkSessions.Domain.Sessions;

/// <summary>
/// Someone who took part in a session. Name and title are copied as they were on the day:
/// a later change of title must not rewrite what a 2021 notice says.
/// </summary>
public sealed class Attendance : Entity
{
    public const int TitleMaxLength = 400;

    /// <summary>"Lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh" and longer descriptions fit.</summary>
    public const int GroupMaxLength = 300;

    private Attendance()
    {
        FullName = string.Empty;
        Title = string.Empty;
    }

    internal Attendance(Official? official, string fullName, string title, AttendanceSide side, AttendanceRole role, int order, bool isGroup = false)
    {
        IsGroup = isGroup;
        Official = official;
        OfficialId = official?.Id > 0 ? official.Id : null;
        FullName = CheckedName(fullName);
        Title = isGroup ? string.Empty : Guard.Optional(title, nameof(Title), "Chức vụ", TitleMaxLength) ?? string.Empty;
        Side = side;
        Role = role;
        Order = order;
    }

    public int WorkSessionId { get; private set; }

    /// <summary>Null for a collective body ("Ban Thường vụ Huyện ủy") or a guest not in the register.</summary>
    public int? OfficialId { get; private set; }

    public Official? Official { get; private set; }

    /// <summary>A person's name, or for a group the description as the source gives it.</summary>
    public string FullName { get; private set; }

    /// <summary>
    /// Attendees the source names only as a group ("lãnh đạo các sở, ngành", "Thường trực HĐND tỉnh"):
    /// one line with its description and side, never a person and never given a title.
    /// </summary>
    public bool IsGroup { get; private set; }

    /// <summary>The title held on the session's day.</summary>
    public string Title { get; private set; }

    public AttendanceSide Side { get; private set; }

    public AttendanceRole Role { get; private set; }

    public int Order { get; private set; }

    public void CorrectTitle(string title) =>
        Title = Guard.Optional(title, nameof(Title), "Chức vụ", TitleMaxLength) ?? string.Empty;

    /// <summary>Corrects how the person took part; a name is corrected here only for someone outside the register.</summary>
    internal void Change(string fullName, string title, AttendanceSide side, AttendanceRole role)
    {
        var checkedName = OfficialId is null && Official is null ? CheckedName(fullName) : FullName;
        var checkedTitle = IsGroup ? string.Empty : Guard.Optional(title, nameof(Title), "Chức vụ", TitleMaxLength) ?? string.Empty;
        FullName = checkedName;
        Title = checkedTitle;
        Side = side;
        Role = role;
    }

    internal void MoveTo(int order) => Order = order;

    private string CheckedName(string name) => IsGroup
        ? Guard.Required(name, nameof(FullName), "Mô tả nhóm người dự", GroupMaxLength)
        : Guard.Required(name, nameof(FullName), "Họ và tên", Official.NameMaxLength);
}
