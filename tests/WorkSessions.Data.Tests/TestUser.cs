using WorkSessions.Data.Auditing;

namespace WorkSessions.Data.Tests;

/// <summary>A named person in place of the system user, so audit entries show whose change they record.</summary>
internal sealed class TestUser(string name) : ICurrentUser
{
    public ValueTask<string> GetNameAsync() => ValueTask.FromResult(name);
}
