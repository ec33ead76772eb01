using System.Globalization;
using System.Text;

namespace WorkSessions.Documents.Calendar;

/// <summary>
/// Writes an iCalendar (RFC 5545) document: CRLF line ends, lines folded at 75 octets of UTF-8
/// (never inside a character), text values escaped. Times are written in UTC from Vietnam's clock
/// (UTC+7, no daylight saving), so no time-zone block is needed.
/// </summary>
public static class CalendarFile
{
    private const int MaxOctets = 75;

    /// <summary>A session with a start time is shown as two hours; one without, as an all-day event.</summary>
    private static readonly TimeSpan AssumedLength = TimeSpan.FromHours(2);

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//WorkSessions//Buoi lam viec//VI");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(calendarName));
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + e.Uid);
            Line(ics, "DTSTAMP:" + Utc(e.StampUtc));
            if (e.Start is { } start)
            {
                var startUtc = new DateTimeOffset(e.Day.ToDateTime(start), Domain.Common.VietnamClock.Offset).UtcDateTime;
                Line(ics, "DTSTART:" + Utc(startUtc));
                Line(ics, "DTEND:" + Utc(startUtc + AssumedLength));
            }
            else
            {
                Line(ics, "DTSTART;VALUE=DATE:" + e.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                Line(ics, "DTEND;VALUE=DATE:" + e.Day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

            Line(ics, "SUMMARY:" + Escape(e.Summary));
            if (e.Location is { } location)
            {
                Line(ics, "LOCATION:" + Escape(location));
            }

            Line(ics, "DESCRIPTION:" + Escape(e.Description));
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT.</summary>
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 §3.1: a line longer than 75 octets goes on in lines that start with a space.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space of a continuation counts
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
