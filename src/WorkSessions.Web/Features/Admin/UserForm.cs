namespace WorkSessions.Web.Features.Admin;

/// <summary>What an administrator fills in to create a user or change one (the password only when creating).</summary>
public sealed class UserForm
{
    public string? Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    public string Role { get; set; } = Data.Identity.PortalRoles.OfficeStaff;

    public int? UnitId { get; set; }

    public string Password { get; set; } = string.Empty;

    public bool IsNew => Id is null;
}

/// <summary>The outcome of an administrator's action: nothing, or messages keyed by the field they belong to ("" for the form).</summary>
public sealed record AdminResult(IReadOnlyDictionary<string, string> Errors, string? Message = null)
{
    public static readonly AdminResult Ok = new(new Dictionary<string, string>());

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Fail(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
