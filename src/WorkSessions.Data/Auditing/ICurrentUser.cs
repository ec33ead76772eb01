namespace WorkSessions.Data.Auditing;

/// <summary>Who is making a change, for the audit trail.</summary>
public interface ICurrentUser
{
    string Name { get; }
}

/// <summary>Changes made by the application itself: migrations, the seed, background jobs.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string SystemName = "hệ thống";

    public string Name => SystemName;
}
