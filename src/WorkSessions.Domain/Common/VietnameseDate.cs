namespace WorkSessions.Domain.Common;

/// <summary>
/// Dates as a Vietnamese reader writes them. Official documents put a leading zero on days
/// below 10 and on months 1 and 2 ("ngày 08 tháng 6 năm 2021", "ngày 15 tháng 02 năm 2026").
/// </summary>
public static class VietnameseDate
{
    /// <summary>"ngày 08 tháng 6 năm 2021".</summary>
    public static string Long(DateOnly date) =>
        $"ngày {date.Day:00} tháng {Month(date.Month)} năm {date.Year}";

    /// <summary>"08/6/2021", the short form used in lists and tables.</summary>
    public static string Short(DateOnly date) => $"{date.Day:00}/{Month(date.Month)}/{date.Year}";

    /// <summary>"Thứ Ba, ngày 08 tháng 6 năm 2021".</summary>
    public static string WithWeekday(DateOnly date) => $"{Weekday(date.DayOfWeek)}, {Long(date)}";

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ Nhật",
    };

    private static string Month(int month) => month <= 2 ? month.ToString("00") : month.ToString();
}
