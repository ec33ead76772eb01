using System.Text;
using WorkSessions.Documents.Calendar;

namespace WorkSessions.Documents.Tests.Calendar;

public sealed class CalendarFileTests
{
    private static readonly DateTime Stamp = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Long_Vietnamese_lines_are_folded_at_75_octets_without_splitting_a_letter_and_unfold_to_the_escaped_text()
    {
        var summary = "Đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Cổ Lễ về chuyển đổi số, cải cách hành chính; dự kiến";

        var ics = CalendarFile.Write("Lịch", [new CalendarEvent("s-1@test", new DateOnly(2026, 12, 10), new TimeOnly(8, 30), summary, "Hội trường", "Nội dung", Stamp)]);

        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        ics.ShouldNotContain("\uFFFD");
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain("SUMMARY:" + summary.Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal) + "\r\n");
        ics.ShouldNotContain("\n\n");
        ics.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain('\n');
    }

    [Fact]
    public void A_time_in_Vietnam_is_written_in_UTC_and_a_day_without_a_time_is_an_all_day_event()
    {
        var ics = CalendarFile.Write("Lịch",
        [
            new CalendarEvent("a@test", new DateOnly(2026, 12, 10), new TimeOnly(8, 30), "A", "P", "D", Stamp),
            new CalendarEvent("b@test", new DateOnly(2026, 12, 31), null, "B", "P", "D\nE", Stamp),
        ]);

        ics.ShouldStartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        ics.ShouldContain("DTSTART:20261210T013000Z\r\nDTEND:20261210T033000Z\r\n");
        ics.ShouldContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
        ics.ShouldContain("DESCRIPTION:D\\nE\r\n");
        ics.ShouldEndWith("END:VCALENDAR\r\n");
    }
}
