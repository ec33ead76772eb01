using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Table = WorkSessions.Documents.Tables.Table;
using WorkSessions.Documents.Tables;

namespace WorkSessions.Documents.Tests.Tables;

public sealed class TableWorkbookTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(21, "U")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Names_columns_as_Excel_does(int number, string name) => TableWorkbook.ColumnName(number).ShouldBe(name);

    [Fact]
    public void Writes_a_workbook_that_the_Open_XML_validator_accepts_with_typed_cells()
    {
        var table = new Table(
            "Sổ theo dõi nhiệm vụ",
            [new("STT", CellKind.Number), new("Nội dung"), new("Thời hạn", CellKind.Date)],
            [[1, "Tăng cường công tác kiểm tra, giám sát\u0007", new DateOnly(2021, 12, 31)], [2, "Thường xuyên", null]]);
        using var stream = new MemoryStream();

        TableWorkbook.Write(table, stream);

        stream.Position = 0;
        using var workbook = SpreadsheetDocument.Open(stream, false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => e.Description).ShouldBeEmpty();
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        cells["A2"].CellValue!.Text.ShouldBe("1");
        cells["B2"].InlineString!.InnerText.ShouldBe("Tăng cường công tác kiểm tra, giám sát", "a control character has no place in XML");
        cells["C2"].CellValue!.Text.ShouldBe("44561");
        cells["C3"].CellValue.ShouldBeNull();
        workbook.WorkbookPart.Workbook!.Descendants<Sheet>().Single().Name!.Value.ShouldBe("Sổ theo dõi nhiệm vụ");
    }
}
