using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Shared.Access;

/// <summary>
/// What the signed-in person may see, as the services check it. A unit user is bound to one unit;
/// the other roles read the whole province.
/// </summary>
public sealed record UserAccess(string UserName, IReadOnlySet<string> Roles, int? UnitId, bool SignedInWithTwoFactor = false, string? FullName = null)
{
    public static readonly UserAccess Anonymous = new(string.Empty, new HashSet<string>(), null);

    /// <summary>Administration needs the role and a sign-in with the authenticator code, not a password alone.</summary>
    public bool Administers => Roles.Contains(PortalRoles.Administrator) && SignedInWithTwoFactor;

    public bool IsAuthenticated => UserName.Length > 0;

    /// <summary>The name written on what the person records ("Người báo cáo"): their full name, or the account name.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? UserName : FullName;

    /// <summary>Office staff track tasks: they confirm a task reported done, or return it.</summary>
    public bool ReviewsTasks => Roles.Contains(PortalRoles.OfficeStaff);

    /// <summary>Leaders decide requests for more time.</summary>
    public bool DecidesExtensions => Roles.Contains(PortalRoles.Leadership);

    /// <summary>The unit user of the lead unit reports on a task and asks for more time.</summary>
    public bool ReportsFor(int leadUnitId) => Roles.Contains(PortalRoles.UnitUser) && UnitId == leadUnitId;

    /// <summary>Office staff, leaders and administrators read every unit's records.</summary>
    public bool ReadsEverything => Roles.Contains(PortalRoles.OfficeStaff) || Roles.Contains(PortalRoles.Leadership) || Roles.Contains(PortalRoles.Administrator);

    /// <summary>Office staff record sessions: details, attendees, report, conclusion, files.</summary>
    public bool RecordsSessions => Roles.Contains(PortalRoles.OfficeStaff);

    /// <summary>
    /// The unit whose records alone this person may read; null when they read everything.
    /// Nobody signed in reads nothing: the services refuse rather than return an empty list.
    /// </summary>
    public int? UnitFilter() =>
        !IsAuthenticated ? throw new AccessDeniedException()
        : ReadsEverything ? null
        : UnitId ?? -1;

}

/// <summary>Raised by a service when the user may not have what was asked; pages show it as "not allowed".</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
        : base("Bạn không có quyền truy cập nội dung này.")
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
