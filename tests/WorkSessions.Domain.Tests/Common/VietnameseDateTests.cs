using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Tests.Common;

public class VietnameseDateTests
{
    [Theory]
    [InlineData(2021, 6, 8, "ngày 08 tháng 6 năm 2021")]
    [InlineData(2026, 2, 15, "ngày 15 tháng 02 năm 2026")]
    [InlineData(2021, 1, 5, "ngày 05 tháng 01 năm 2021")]
    [InlineData(2025, 3, 1, "ngày 01 tháng 3 năm 2025")]
    [InlineData(2025, 7, 1, "ngày 01 tháng 7 năm 2025")]
    [InlineData(2021, 10, 10, "ngày 10 tháng 10 năm 2021")]
    [InlineData(2020, 12, 31, "ngày 31 tháng 12 năm 2020")]
    public void Long_form_puts_a_leading_zero_on_days_below_ten_and_on_months_one_and_two(int year, int month, int day, string expected)
    {
        VietnameseDate.Long(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2021, 6, 8, "08/6/2021")]
    [InlineData(2026, 2, 15, "15/02/2026")]
    [InlineData(2021, 1, 5, "05/01/2021")]
    [InlineData(2020, 12, 31, "31/12/2020")]
    public void Short_form_follows_the_same_leading_zero_rule(int year, int month, int day, string expected)
    {
        VietnameseDate.Short(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    public void WithWeekday_names_the_day_first()
    {
        VietnameseDate.WithWeekday(new DateOnly(2021, 6, 8)).ShouldBe("Thứ Ba, ngày 08 tháng 6 năm 2021");
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "Thứ Hai")]
    [InlineData(DayOfWeek.Tuesday, "Thứ Ba")]
    [InlineData(DayOfWeek.Wednesday, "Thứ Tư")]
    [InlineData(DayOfWeek.Thursday, "Thứ Năm")]
    [InlineData(DayOfWeek.Friday, "Thứ Sáu")]
    [InlineData(DayOfWeek.Saturday, "Thứ Bảy")]
    [InlineData(DayOfWeek.Sunday, "Chủ Nhật")]
    public void Weekdays_are_named_in_Vietnamese(DayOfWeek day, string name)
    {
        VietnameseDate.Weekday(day).ShouldBe(name);
    }
}
