using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>
/// The tracking register as a clerk downloads it from the task list: the workbook opens, its rows
/// are the rows on screen in the same order, its dates are dates, its header is frozen and filtered.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TaskRegisterTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/tasks", null)]
    [InlineData("/tasks?state=Done", null)]
    [InlineData("/tasks?field=Economy", null)]
    [InlineData("/tasks", "Đơn vị chủ trì")]
    public async Task The_Excel_register_holds_exactly_the_rows_of_the_list_on_screen(string path, string? sortBy)
    {
        var page = await portal.OpenAsync(path);
        if (sortBy is not null)
        {
            // Sorted by lead unit, descending: Huyện ủy Trực Ninh before Đảng ủy xã Cổ Lễ (under D), unlike the default order.
            var header = page.Locator("th").Filter(new() { HasText = sortBy }).GetByRole(AriaRole.Button).First;
            await header.ClickAsync();
            await header.ClickAsync();
            await Expect(page.Locator("tbody tr.mud-table-row").First.Locator("td").Nth(1)).ToHaveTextAsync("Huyện ủy Trực Ninh");
        }

        var onScreen = await RowsOnScreenAsync(page);
        onScreen.Count.ShouldBeGreaterThan(0);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel (sổ theo dõi)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        using var workbook = SpreadsheetDocument.Open((await download.PathAsync())!, false);
        var sheet = Sheet(workbook);
        var rows = Rows(workbook, sheet);

        rows[0].ShouldBe(Headings);
        rows.Skip(1).Select(r => (Directive: $"{r[4]}. {r[5]}", LeadUnit: r[7])).ShouldBe(onScreen);
        rows.Skip(1).Select(r => r[0]).ShouldBe(Enumerable.Range(1, onScreen.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_workbook_keeps_dates_as_dates_and_its_heading_frozen_and_filtered()
    {
        var page = await portal.OpenAsync("/tasks?state=Done");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel (sổ theo dõi)" }).ClickAsync());
        using var workbook = SpreadsheetDocument.Open((await download.PathAsync())!, false);
        var sheet = Sheet(workbook);

        var pane = sheet.Worksheet!.Descendants<Pane>().Single();
        pane.ShouldSatisfyAllConditions(p => p.State!.Value.ShouldBe(PaneStateValues.Frozen), p => p.VerticalSplit!.Value.ShouldBe(1), p => p.TopLeftCell!.Value.ShouldBe("A2"));
        var rowCount = sheet.Worksheet.Descendants<Row>().Count();
        sheet.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe($"A1:U{rowCount}");

        // The Trực Ninh session's day, 8/6/2021, is Excel's day 44355, shown through a dd/mm/yyyy format.
        var sessionDate = sheet.Worksheet.Descendants<Cell>().First(c => c.CellReference == "C2");
        sessionDate.DataType.ShouldBeNull("a date is a number in Excel, not text");
        sessionDate.CellValue!.Text.ShouldBe("44355");
        var style = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)sessionDate.StyleIndex!.Value);
        workbook.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == style.NumberFormatId!.Value).FormatCode!.Value.ShouldBe("dd/mm/yyyy");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_CSV_register_is_UTF8_with_a_byte_order_mark_and_the_same_rows()
    {
        var page = await portal.OpenAsync("/tasks?state=Done");
        var onScreen = await RowsOnScreenAsync(page);
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Xuất CSV" }).GetAttributeAsync("href");

        var response = await page.APIRequest.GetAsync(portal.Url(href!));
        var bytes = await response.BodyAsync();

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        response.Headers["content-type"].ShouldStartWith("text/csv");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("STT,Buổi làm việc,Ngày làm việc,");
        lines.Length.ShouldBe(onScreen.Count + 1);
        lines[1].ShouldContain("08/06/2021");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_unit_users_register_holds_only_their_units_tasks()
    {
        var page = await portal.OpenAsync("/tasks", "trucninh");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel (sổ theo dõi)" }).ClickAsync());
        using var workbook = SpreadsheetDocument.Open((await download.PathAsync())!, false);

        var rows = Rows(workbook, Sheet(workbook)).Skip(1).ToList();

        rows.Count.ShouldBe(10);
        rows.ShouldAllBe(r => r[7] == "Huyện ủy Trực Ninh");
        await page.Context.CloseAsync();
    }

    private static readonly string[] Headings =
    [
        "STT", "Buổi làm việc", "Ngày làm việc", "Chủ trì", "Số TT ý kiến", "Nội dung chỉ đạo", "Lĩnh vực", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Sản phẩm đầu ra", "Chế độ báo cáo", "Ngày giao", "Thời hạn ban đầu", "Thời hạn hiện tại", "Tình trạng", "Thời gian", "Tiến độ (%)",
        "Ngày báo cáo hoàn thành", "Ngày hoàn thành (đã xác nhận)", "Ngày báo cáo gần nhất", "Báo cáo gần nhất",
    ];

    /// <summary>What the grid shows, row by row: the directive as linked, and the lead unit.</summary>
    private static async Task<List<(string Directive, string LeadUnit)>> RowsOnScreenAsync(IPage page)
    {
        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var count = await rows.CountAsync();
        var found = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            found.Add(((await row.Locator("td").Nth(0).GetByRole(AriaRole.Link).InnerTextAsync()).Trim(), (await row.Locator("td").Nth(1).InnerTextAsync()).Trim()));
        }

        return found;
    }

    private static WorksheetPart Sheet(SpreadsheetDocument workbook) => workbook.WorkbookPart!.WorksheetParts.Single();

    /// <summary>Every row as text, by column letter, so an empty cell keeps its place.</summary>
    private static List<string[]> Rows(SpreadsheetDocument workbook, WorksheetPart sheet) =>
        [.. sheet.Worksheet!.Descendants<Row>().Select(row =>
        {
            var cells = new string[21];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
                var index = column.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
                cells[index] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
            }

            return cells.Select(c => c ?? string.Empty).ToArray();
        })];
}
