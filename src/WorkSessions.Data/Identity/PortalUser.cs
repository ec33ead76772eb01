using Microsoft.AspNetCore.Identity;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Identity;

/// <summary>A person who signs in. A unit user belongs to exactly one unit and sees only what concerns it.</summary>
public sealed class PortalUser : IdentityUser
{
    public const int FullNameMaxLength = 100;

    /// <summary>The sign-in form takes names up to this length, so no longer name is created.</summary>
    public const int UserNameMaxLength = 100;

    /// <summary>Identity's column for the e-mail address.</summary>
    public const int EmailMaxLength = 256;

    /// <summary>The longest password a form takes: long passphrases fit; hashing a megabyte does not happen.</summary>
    public const int PasswordMaxLength = 200;

    public string FullName { get; set; } = string.Empty;

    /// <summary>The unit of a unit user (Đơn vị role); null for office staff, leaders and administrators.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>A disabled user cannot sign in, and open circuits lose access at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// The secret in the address of the person's calendar feed of planned sessions; calendar apps
    /// cannot sign in, so the address itself is the key. Null until the person asks for one.
    /// </summary>
    public string? CalendarFeedToken { get; set; }

    /// <summary>The newest notification the person has seen; the bell counts those after it.</summary>
    public int NotificationsSeenUpTo { get; set; }
}
