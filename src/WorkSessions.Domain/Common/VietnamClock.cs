namespace WorkSessions.Domain.Common;

/// <summary>
/// "Today" for the office is the calendar day in Vietnam (UTC+7, no daylight saving), whatever
/// the server's zone. Going through <see cref="TimeProvider"/> lets tests set the day.
/// </summary>
public static class VietnamClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
