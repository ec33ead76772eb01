namespace WorkSessions.Data.Identity;

/// <summary>The four roles of the portal. Names are stored; the UI shows them in Vietnamese.</summary>
public static class PortalRoles
{
    /// <summary>Quản trị: users, units, officials, format profiles.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Chuyên viên Văn phòng: records sessions and tracks tasks.</summary>
    public const string OfficeStaff = "OfficeStaff";

    /// <summary>Lãnh đạo: reads everything, approves and issues.</summary>
    public const string Leadership = "Leadership";

    /// <summary>Đơn vị: the sessions and tasks of one unit.</summary>
    public const string UnitUser = "UnitUser";

    /// <summary>The roles that read every unit's records, as an [Authorize(Roles = …)] list.</summary>
    public const string ProvincialSide = Administrator + "," + OfficeStaff + "," + Leadership;

    public static readonly IReadOnlyList<string> All = [Administrator, OfficeStaff, Leadership, UnitUser];
}
