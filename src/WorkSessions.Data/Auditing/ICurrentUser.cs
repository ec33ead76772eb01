namespace WorkSessions.Data.Auditing;

/// <summary>Who is making a change, for the audit trail.</summary>
public interface ICurrentUser
{
    /// <summary>The user name of the signed-in person, or the system's name for work the app does itself.</summary>
    ValueTask<string> GetNameAsync();
}

/// <summary>Changes made by the application itself: migrations, the seed, background jobs.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string SystemName = "hệ thống";

    public ValueTask<string> GetNameAsync() => ValueTask.FromResult(SystemName);
}
