using System.Text;
using WorkSessions.Documents.Tables;

namespace WorkSessions.Documents.Tests.Tables;

public sealed class TableCsvTests
{
    private static string Write(params IReadOnlyList<object?>[] rows)
    {
        var table = new Table("Sổ", [new("Nội dung"), new("Ngày", CellKind.Date), new("Tiến độ", CellKind.Number)], rows);
        using var stream = new MemoryStream();
        TableCsv.Write(table, stream);
        var bytes = stream.ToArray();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel needs the byte-order mark to read UTF-8");
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void Writes_the_heading_and_rows_with_CRLF_and_Vietnamese_dates()
    {
        Write(["Tiếp tục tăng cường công tác xây dựng Đảng", new DateOnly(2021, 6, 8), 50])
            .ShouldBe("Nội dung,Ngày,Tiến độ\r\nTiếp tục tăng cường công tác xây dựng Đảng,08/06/2021,50\r\n");
    }

    [Fact]
    public void Quotes_commas_quotes_and_line_breaks()
    {
        Write(["Phòng, chống dịch \"COVID-19\"\nở cơ sở", null, 0])
            .ShouldEndWith("\"Phòng, chống dịch \"\"COVID-19\"\"\nở cơ sở\",,0\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+84 912")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    public void A_text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(string text)
    {
        var line = Write([text, null, 1]).Split("\r\n")[1];
        line.TrimStart('"').ShouldStartWith("'" + text[0]);
    }
}
