using Microsoft.Extensions.Time.Testing;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tests.Common;

public class VietnamClockTests
{
    [Theory]
    [InlineData("2021-06-07T16:59:59Z", "2021-06-07")]
    [InlineData("2021-06-07T17:00:00Z", "2021-06-08")]
    [InlineData("2021-06-08T00:00:00Z", "2021-06-08")]
    [InlineData("2021-06-08T16:59:59Z", "2021-06-08")]
    [InlineData("2020-12-31T17:00:00Z", "2021-01-01")]
    public void Today_is_the_calendar_day_in_Vietnam(string utcNow, string today)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utcNow));

        clock.Today().ShouldBe(DateOnly.Parse(today));
    }

    [Fact]
    public void The_day_turns_at_five_in_the_afternoon_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 6, 7, 16, 59, 0, TimeSpan.Zero));
        clock.Today().ShouldBe(new DateOnly(2021, 6, 7));

        clock.Advance(TimeSpan.FromMinutes(1));

        clock.Today().ShouldBe(new DateOnly(2021, 6, 8));
    }

    [Fact]
    public void The_servers_time_zone_does_not_change_the_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 6, 7, 17, 30, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Test/Honolulu", TimeSpan.FromHours(-10), "Honolulu", "Honolulu"));

        clock.Today().ShouldBe(new DateOnly(2021, 6, 8));
    }

    [Fact]
    public void Vietnam_is_seven_hours_ahead_of_UTC()
    {
        VietnamClock.Offset.ShouldBe(TimeSpan.FromHours(7));
    }
}
