using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Sessions;

[Collection(PortalCollection.Name)]
public sealed class SessionPagesTests(PortalFixture portal)
{
    private const string TrucNinhTitle = "Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh";

    [Fact]
    public async Task The_list_opens_the_Truc_Ninh_session_with_its_ten_directives_in_order()
    {
        var page = await portal.OpenAsync("/sessions");

        await page.GetByRole(AriaRole.Link, new() { Name = TrucNinhTitle }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(TrucNinhTitle);
        var directives = page.Locator("li.directive");
        await Expect(directives).ToHaveCountAsync(10);
        await Expect(directives.First).ToContainTextAsync("tăng cường công tác xây dựng Đảng trên các lĩnh vực chính trị, tư tưởng, tổ chức và đạo đức");
        await Expect(directives.Nth(5)).ToContainTextAsync("phòng, chống dịch COVID-19");
        await Expect(directives.Last).ToContainTextAsync("Đẩy mạnh chuyển đổi cơ cấu kinh tế");
        var numbers = await page.Locator("li.directive").EvaluateAllAsync<int[]>("items => items.map(i => Number(i.dataset.directiveNumber))");
        numbers.ShouldBe(Enumerable.Range(1, 10).ToArray());
        await Expect(directives.First).ToContainTextAsync("Huyện ủy Trực Ninh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_session_shows_attendees_with_titles_of_that_day_figures_and_a_Vietnamese_date()
    {
        var page = await portal.OpenAsync("/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = TrucNinhTitle }).ClickAsync();

        var main = page.Locator("main");
        await Expect(main).ToContainTextAsync("Thứ Ba, ngày 08 tháng 6 năm 2021");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Phạm Gia Túc" })).ToContainTextAsync("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Trường hợp F1 đã hoàn thành cách ly tập trung" })).ToContainTextAsync("223");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Trường hợp F1 đã hoàn thành cách ly tập trung" })).ToContainTextAsync("224");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("Đảng ủy xã Cổ Lễ", "Cổ Lễ")]
    [InlineData("Huyện ủy Trực Ninh (đến 30/6/2025)", "Trực Ninh")]
    public async Task Choosing_a_unit_in_the_filter_bar_lists_only_its_sessions(string unit, string expected)
    {
        var page = await portal.OpenAsync("/sessions");
        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(2);

        await page.Locator("#session-filters").GetByLabel("Đơn vị", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = unit, Exact = true }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(expected);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("truc ninh", "Trực Ninh")]
    [InlineData("TRỰC NINH", "Trực Ninh")]
    [InlineData("xa co le", "Cổ Lễ")]
    [InlineData("thi tran co le", "Trực Ninh")] // only in the Trực Ninh report's text: the search reads reports too
    [InlineData("doanh nghiep tu nhan", "Trực Ninh")] // only in a Trực Ninh directive
    public async Task Search_finds_a_session_with_or_without_diacritics(string typed, string expected)
    {
        var page = await portal.OpenAsync("/sessions");
        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(2);

        await page.GetByLabel("Tìm buổi làm việc").FillAsync(typed);

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(expected);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_session_says_so_in_Vietnamese()
    {
        var page = await portal.OpenAsync("/sessions/999999");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy buổi làm việc");
        await page.Context.CloseAsync();
    }
}
