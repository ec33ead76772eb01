using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkSessions.Documents.Tables;

/// <summary>
/// A register as an Excel workbook of one sheet: bold headings frozen at the top, filters on,
/// dates stored as dates (shown dd/mm/yyyy) and numbers as numbers, so a clerk can sort, filter
/// and sum it. Written with the Open XML SDK the notice's DOCX already uses.
/// </summary>
public static class TableWorkbook
{
    private const uint HeadingStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;

    public static void Write(Table table, Stream target)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(target, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Select(c => Text(c.Heading, HeadingStyle))));
        uint index = 2;
        foreach (var row in table.Rows)
        {
            data.Append(Row(index++, table.Columns.Select((c, i) => Cell(c.Kind, i < row.Count ? row[i] : null))));
        }


        var lastColumn = ColumnName(table.Columns.Count);
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new Columns(table.Columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, index - 1)}" });

        var sheetName = table.Title.Length <= 31 ? table.Title : table.Title[..31];
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));

        // Excel shows its filter buttons only when the range is also named as the sheet's filter database.
        workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${Math.Max(1, index - 1)}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = 0,
            Hidden = true,
        }));
        workbook.Workbook.Save();
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    internal static string ColumnName(int number)
    {
        var name = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A row whose cells name their place ("C7"), as Excel writes them and as readers expect.</summary>
    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 1;
        foreach (var cell in cells)
        {
            cell.CellReference = $"{ColumnName(column++)}{index}";
            row.Append(cell);
        }

        return row;
    }

    private static Cell Cell(CellKind kind, object? value) => value switch
    {
        null => new Cell(),
        DateOnly date => new Cell
        {
            // Excel counts days from 30/12/1899; the style shows them as dd/mm/yyyy.
            CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            StyleIndex = DateStyle,
        },
        int number => new Cell { CellValue = new CellValue(number), DataType = CellValues.Number },
        decimal number => new Cell { CellValue = new CellValue(number), DataType = CellValues.Number },
        _ => Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, kind == CellKind.Text ? WrapStyle : 0),
    };

    /// <summary>Inline strings: the text stays in the cell it belongs to, readable by any tool without the shared table.</summary>
    private static Cell Text(string text, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>XML 1.0 has no place for most control characters; a pasted text may carry one.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')])
            : text;

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
            new CellFormat
            {
                FontId = 1,
                FillId = 2,
                BorderId = 0,
                ApplyFont = true,
                ApplyFill = true,
                Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center },
            },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 164, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } })
        { Count = 4 });
}
