using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Sessions;

/// <summary>How much of a session's date the source gives.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}

/// <summary>The part of the day a source names instead of a clock time ("chiều ngày 24…").</summary>
public enum PartOfDay
{
    Morning = 1,
    Afternoon = 2,
    Evening = 3,
}

/// <summary>
/// When a session was held, as far as the source says: a day, or only a month or a year, and
/// whether even that is an estimate ("khoảng tháng 01 năm 2015"). A month or a year is kept as
/// the period it names (<see cref="First"/> to <see cref="Last"/>), never as an invented day.
/// </summary>
public readonly record struct SessionDate
{
    private SessionDate(DateOnly first, DatePrecision precision, bool isApproximate)
    {
        First = first;
        Precision = precision;
        IsApproximate = isApproximate;
    }

    /// <summary>The first day the session may have been held on; the day itself when it is known.</summary>
    public DateOnly First { get; }

    public DatePrecision Precision { get; }

    /// <summary>The source gives the date as an estimate ("khoảng").</summary>
    public bool IsApproximate { get; }

    /// <summary>The last day the session may have been held on.</summary>
    public DateOnly Last => Precision switch
    {
        DatePrecision.Year => new DateOnly(First.Year, 12, 31),
        DatePrecision.Month => First.AddMonths(1).AddDays(-1),
        _ => First,
    };

    /// <summary>The day, only when the source gives it exactly; an estimated day is not a known day.</summary>
    public DateOnly? KnownDay => Precision == DatePrecision.Day && !IsApproximate ? First : null;

    public static SessionDate OnDay(DateOnly day, bool approximate = false) => new(day, DatePrecision.Day, approximate);

    public static SessionDate InMonth(int year, int month, bool approximate = false) =>
        new(new DateOnly(CheckedYear(year), month is >= 1 and <= 12 ? month : throw new DomainException("Tháng phải từ 1 đến 12.", "Month") { Code = "MonthOutOfRange" }, 1), DatePrecision.Month, approximate);

    public static SessionDate InYear(int year, bool approximate = false) => new(new DateOnly(CheckedYear(year), 1, 1), DatePrecision.Year, approximate);

    /// <summary>Rebuilds a stored date; the first day is moved to the start of its period.</summary>
    public static SessionDate Of(DateOnly first, DatePrecision precision, bool approximate) => precision switch
    {
        DatePrecision.Year => InYear(first.Year, approximate),
        DatePrecision.Month => InMonth(first.Year, first.Month, approximate),
        _ => OnDay(first, approximate),
    };

    public static implicit operator SessionDate(DateOnly day) => OnDay(day);

    /// <summary>The session may have been held between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) => (from is null || Last >= from) && (to is null || First <= to);

    /// <summary>The years a session can be recorded in: from the founding of the state's records to far ahead.</summary>
    public static bool IsYearInRange(int year) => year is >= 1945 and <= 2200;

    private static int CheckedYear(int year) =>
        IsYearInRange(year) ? year : throw new DomainException("Năm phải từ 1945 đến 2200.", "Year") { Code = "YearOutOfRange" };
}
