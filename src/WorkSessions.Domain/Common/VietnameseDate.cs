using WorkSessions.Domain.Sessions;

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

    /// <summary>
    /// A session's date as far as it is known: "ngày 08 tháng 6 năm 2021", "tháng 01 năm 2015",
    /// "khoảng năm 2015"; a part of the day leads ("chiều ngày 24 tháng 02 năm 2022").
    /// </summary>
    public static string Long(SessionDate date, PartOfDay? part = null)
    {
        var text = date.Precision switch
        {
            DatePrecision.Year => $"năm {date.First.Year}",
            DatePrecision.Month => $"tháng {Month(date.First.Month)} năm {date.First.Year}",
            _ => Long(date.First),
        };
        if (part is { } p && date.Precision == DatePrecision.Day)
        {
            text = $"{Part(p)} {text}";
        }

        return date.IsApproximate ? $"khoảng {text}" : text;
    }

    /// <summary>"08/6/2021", "tháng 01/2015", "năm 2015", with "khoảng" before an estimate.</summary>
    public static string Short(SessionDate date)
    {
        var text = date.Precision switch
        {
            DatePrecision.Year => $"năm {date.First.Year}",
            DatePrecision.Month => $"tháng {Month(date.First.Month)}/{date.First.Year}",
            _ => Short(date.First),
        };
        return date.IsApproximate ? $"khoảng {text}" : text;
    }

    /// <summary>
    /// The detail page's line: "Thứ Ba, ngày 08 tháng 6 năm 2021, 14:00". The weekday is named only
    /// for a day the source gives exactly: a month, a year or an estimated day has none.
    /// </summary>
    public static string WithWeekday(SessionDate date, PartOfDay? part, TimeOnly? time)
    {
        var text = date.KnownDay is { } day ? $"{Weekday(day.DayOfWeek)}, {Long(date, part)}" : Capitalized(Long(date, part));
        return time is { } t ? $"{text}, {t:HH\\:mm}" : text;
    }

    /// <summary>"sáng", "chiều", "tối".</summary>
    public static string Part(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "sáng",
        PartOfDay.Afternoon => "chiều",
        _ => "tối",
    };

    /// <summary>A date phrase that begins a sentence: "Tháng 01 năm 2015, …".</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : $"{char.ToUpperInvariant(text[0])}{text[1..]}";

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
