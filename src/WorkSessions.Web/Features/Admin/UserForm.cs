namespace WorkSessions.Web.Features.Admin;

/// <summary>What an administrator fills in to create a user or change one (the password only when creating).</summary>
public sealed class UserForm
{
    public string? Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>Where the portal e-mails the person's notifications; optional.</summary>
    public string? Email { get; set; }

    public string Role { get; set; } = Data.Identity.PortalRoles.OfficeStaff;

    public int? UnitId { get; set; }

    public string Password { get; set; } = string.Empty;

    public bool IsNew => Id is null;
}
