namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// A clock that reads a chosen day but keeps running, and whose timers are real. A frozen
/// FakeTimeProvider would also freeze MudBlazor's debounce timers, so typed searches would never fire.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset pretendNow) : TimeProvider
{
    private readonly TimeSpan _shift = pretendNow - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _shift;
}
