using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Domain.Tests.Sessions;

/// <summary>A session's date as far as the source gives it: a day, a month or a year, perhaps an estimate.</summary>
public class SessionDateTests
{
    public static TheoryData<string, SessionDate, PartOfDay?, TimeOnly?, string, string, string> Dates => new()
    {
        { "day", SessionDate.OnDay(new DateOnly(2021, 6, 8)), null, new TimeOnly(14, 0), "ngày 08 tháng 6 năm 2021", "08/6/2021", "Thứ Ba, ngày 08 tháng 6 năm 2021, 14:00" },
        { "afternoon", SessionDate.OnDay(new DateOnly(2022, 2, 24)), PartOfDay.Afternoon, null, "chiều ngày 24 tháng 02 năm 2022", "24/02/2022", "Thứ Năm, chiều ngày 24 tháng 02 năm 2022" },
        { "morning", SessionDate.OnDay(new DateOnly(2025, 7, 1)), PartOfDay.Morning, null, "sáng ngày 01 tháng 7 năm 2025", "01/7/2025", "Thứ Ba, sáng ngày 01 tháng 7 năm 2025" },
        { "month", SessionDate.InMonth(2015, 1), null, null, "tháng 01 năm 2015", "tháng 01/2015", "Tháng 01 năm 2015" },
        { "month 10", SessionDate.InMonth(2015, 10), null, null, "tháng 10 năm 2015", "tháng 10/2015", "Tháng 10 năm 2015" },
        { "about a month", SessionDate.InMonth(2015, 2, approximate: true), null, null, "khoảng tháng 02 năm 2015", "khoảng tháng 02/2015", "Khoảng tháng 02 năm 2015" },
        { "year", SessionDate.InYear(2015), null, null, "năm 2015", "năm 2015", "Năm 2015" },
        { "about a year", SessionDate.InYear(2015, approximate: true), null, null, "khoảng năm 2015", "khoảng năm 2015", "Khoảng năm 2015" },
        { "about a day", SessionDate.OnDay(new DateOnly(2021, 6, 8), approximate: true), PartOfDay.Evening, null, "khoảng tối ngày 08 tháng 6 năm 2021", "khoảng 08/6/2021", "Khoảng tối ngày 08 tháng 6 năm 2021" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void A_date_reads_as_a_Vietnamese_reader_writes_it_and_only_a_known_day_has_a_weekday(string shape, SessionDate date, PartOfDay? part, TimeOnly? time, string sentence, string list, string page)
    {
        VietnameseDate.Long(date, part).ShouldBe(sentence, shape);
        VietnameseDate.Short(date).ShouldBe(list, shape);
        VietnameseDate.WithWeekday(date, part, time).ShouldBe(page, shape);
    }

    [Fact]
    public void A_month_or_a_year_is_the_period_it_names_and_has_no_known_day()
    {
        var february = SessionDate.InMonth(2024, 2);
        (february.First, february.Last, february.KnownDay).ShouldBe((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), (DateOnly?)null));
        var year = SessionDate.InYear(2015);
        (year.First, year.Last, year.KnownDay).ShouldBe((new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31), (DateOnly?)null));
        SessionDate.OnDay(new DateOnly(2021, 6, 8), approximate: true).KnownDay.ShouldBeNull();
        SessionDate.OnDay(new DateOnly(2021, 6, 8)).KnownDay.ShouldBe(new DateOnly(2021, 6, 8));
    }

    [Theory]
    [InlineData("2015-01-10", "2015-01-20", true)]
    [InlineData("2015-01-31", null, true)]
    [InlineData(null, "2015-01-01", true)]
    [InlineData("2015-02-01", null, false)]
    [InlineData(null, "2014-12-31", false)]
    public void A_month_is_found_by_any_range_that_meets_it(string? from, string? to, bool found)
    {
        SessionDate.InMonth(2015, 1).Overlaps(from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to)).ShouldBe(found);
    }

    [Fact]
    public void A_stored_date_is_rebuilt_with_its_precision()
    {
        SessionDate.Of(new DateOnly(2015, 1, 1), DatePrecision.Month, true).ShouldBe(SessionDate.InMonth(2015, 1, approximate: true));
        SessionDate.Of(new DateOnly(2015, 1, 1), DatePrecision.Year, false).ShouldBe(SessionDate.InYear(2015));
        ((SessionDate)new DateOnly(2021, 6, 8)).ShouldBe(SessionDate.OnDay(new DateOnly(2021, 6, 8)));
    }

    [Theory]
    [InlineData(2015, 13, "Tháng phải từ 1 đến 12.")]
    [InlineData(2015, 0, "Tháng phải từ 1 đến 12.")]
    [InlineData(1900, 1, "Năm phải từ 1945 đến 2200.")]
    public void A_month_or_a_year_out_of_range_is_refused(int year, int month, string message)
    {
        Should.Throw<DomainException>(() => SessionDate.InMonth(year, month)).Message.ShouldBe(message);
    }
}
