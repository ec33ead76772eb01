namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// A clock that reads a chosen day but keeps running, and whose timers are real. A frozen
/// FakeTimeProvider would also freeze MudBlazor's debounce timers, so typed searches would never fire.
/// A test of deadlines moves it to the day it checks (<see cref="MoveTo"/>).
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset pretendNow) : TimeProvider
{
    private long _shiftTicks = (pretendNow - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _shiftTicks, by.Ticks);

    public void MoveTo(DateTimeOffset now) => Interlocked.Exchange(ref _shiftTicks, (now - System.GetUtcNow()).Ticks);
}
