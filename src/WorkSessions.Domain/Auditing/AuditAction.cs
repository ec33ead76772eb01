namespace WorkSessions.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>A successful sign-in.</summary>
    SignedIn,

    /// <summary>A failed sign-in: wrong password, unknown user, locked out or disabled.</summary>
    SignInFailed,

    SignedOut,

    /// <summary>A request the user's role or unit does not allow.</summary>
    Refused,
}
