namespace WorkSessions.Data.Identity;

/// <summary>
/// One wrong password, for a typed user name (whether or not such a user exists) from one client
/// address. The sign-in throttle counts these; kept in the database so that every web node counts
/// the same attempts. Rows older than the throttle's window are deleted as new ones come.
/// </summary>
public sealed class SignInFailure
{
    public const int NameKeyMaxLength = 100;

    /// <summary>An IPv6 address in text is at most 45 characters.</summary>
    public const int AddressMaxLength = 45;

    public SignInFailure(string nameKey, string address, DateTime atUtc)
    {
        NameKey = nameKey;
        Address = address;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    /// <summary>The typed name as the throttle compares it (trimmed, upper case).</summary>
    public string NameKey { get; private set; }

    public string Address { get; private set; }

    public DateTime AtUtc { get; private set; }
}
