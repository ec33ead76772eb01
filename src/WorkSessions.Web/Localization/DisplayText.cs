using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Reports;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Localization;

/// <summary>How values read in the current language: enum names from the resources, dates as a Vietnamese reader writes them.</summary>
public static class DisplayText
{
    /// <summary>The resource "{EnumType}_{Member}", e.g. TaskState_Done = "Đã hoàn thành".</summary>
    public static string Of(this IStringLocalizer localizer, Enum value) => localizer[$"{value.GetType().Name}_{value}"];

    /// <summary>"08/6/2021" in Vietnamese (the same zero rule as official documents), "8 Jun 2021" in English.</summary>
    public static string ShortDate(DateOnly date) =>
        LocalizationExtensions.IsVietnamese ? VietnameseDate.Short(date) : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A session's date in a list: "08/6/2021", "tháng 01/2015", "khoảng năm 2015"; "8 Jun 2021", "January 2015", "about 2015".</summary>
    public static string ShortDate(this IStringLocalizer localizer, SessionDate date) =>
        LocalizationExtensions.IsVietnamese ? VietnameseDate.Short(date) : English(localizer, date, ShortDate(date.First));

    /// <summary>
    /// A session's date on its page: "Chiều ngày 24 tháng 02 năm 2022", "Thứ Ba, ngày 08 tháng 6 năm
    /// 2021, 14:00", "Tháng 01 năm 2015". Only a day the source gives exactly is given a weekday.
    /// </summary>
    public static string WhenHeld(this IStringLocalizer localizer, SessionDate date, PartOfDay? part, TimeOnly? time)
    {
        if (LocalizationExtensions.IsVietnamese)
        {
            return VietnameseDate.WithWeekday(date, part, time);
        }

        var day = date.First.ToString(date.KnownDay is null ? "d MMMM yyyy" : "dddd, d MMMM yyyy", EnglishCulture);
        var text = VietnameseDate.Capitalized(English(localizer, date, day));
        if (part is { } p && date.Precision == DatePrecision.Day)
        {
            text = $"{text}, {localizer.Of(p).ToLowerInvariant()}";
        }

        return time is { } t ? $"{text}, {t:HH\\:mm}" : text;
    }

    /// <summary>A stored UTC instant as the time in Vietnam: "08/6/2021 14:05:09".</summary>
    public static string DateTime(System.DateTime utc)
    {
        var local = System.DateTime.SpecifyKind(utc, DateTimeKind.Utc) + VietnamClock.Offset;
        return $"{ShortDate(DateOnly.FromDateTime(local))} {local:HH:mm:ss}";
    }

    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>A month or a year as an English reader writes it, <paramref name="day"/> for a day; "about …" before an estimate.</summary>
    private static string English(IStringLocalizer localizer, SessionDate date, string day)
    {
        var text = date.Precision switch
        {
            DatePrecision.Year => date.First.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => date.First.ToString("MMMM yyyy", EnglishCulture),
            _ => day,
        };
        return date.IsApproximate ? localizer["Date_About", text] : text;
    }

    /// <summary>"850 KB", "1,4 MB": sizes as a file manager shows them, in the reader's decimal comma.</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 * 1024 ? $"{Number(Math.Max(1, Math.Round(bytes / 1024m)))} KB" : $"{Number(Math.Round(bytes / (1024m * 1024m), 1))} MB";

    /// <summary>A task's deadline as a list shows it: the day, or "Thường xuyên" for ongoing work.</summary>
    public static string Deadline(this IStringLocalizer localizer, DateOnly? deadline) =>
        deadline is { } day ? ShortDate(day) : localizer["Task_Ongoing"];

    /// <summary>A typed date, "dd/MM/yyyy": the date boxes take no more.</summary>
    public const int DateMaxLength = 10;

    /// <summary>A typed time, "HH:mm".</summary>
    public const int TimeMaxLength = 5;

    /// <summary>The longest text a number box takes ("1.234.567,5"): a box is never a way to send a page of text.</summary>
    public const int NumberMaxLength = 20;

    /// <summary>
    /// "8.000 / 8.000 ký tự" under a long text box: how much of its limit is used, in the reader's
    /// numbers (MudBlazor's own counter writes "8000 / 8000").
    /// </summary>
    public static string Length(this IStringLocalizer localizer, string? text, int maxLength) =>
        localizer["Text_Length", Number(text?.Length ?? 0), Number(maxLength)];

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>
    /// A report's figure with every decimal it has: "trên 1.234,5" in Vietnamese, "over 1,234.5" in
    /// English, so each reader reads the number that was stored.
    /// </summary>
    public static string Figure(this IStringLocalizer localizer, Figure figure)
    {
        if (LocalizationExtensions.IsVietnamese)
        {
            return VietnameseNumber.Format(figure);
        }

        var number = figure.Number.ToString("#,##0.############################", CultureInfo.GetCultureInfo("en-US"));
        return figure.Qualifier switch
        {
            null => number,
            FigureQualifier.Plus => "+" + number,
            { } word => $"{localizer.Of(word)} {number}",
        };
    }
}
