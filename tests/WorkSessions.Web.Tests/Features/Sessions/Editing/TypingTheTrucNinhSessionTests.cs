using System.Globalization;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Localization;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static WorkSessions.Web.Tests.Infrastructure.MudInputs;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>
/// The proof: a new user types the whole Trực Ninh session into the browser (attendees,
/// the report with its figures, the conclusion with every directive and task) and what is saved
/// equals the seed. The test reads the seed as the office would read its paper, then types it.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class TypingTheTrucNinhSessionTests(PortalFixture portal)
{
    private static readonly ResourceManager Words = new("WorkSessions.Web.Localization.SharedResource", typeof(SharedResource).Assembly);

    [Fact]
    public async Task The_whole_Truc_Ninh_session_typed_in_the_browser_is_saved_equal_to_the_seed()
    {
        var seed = await SeedFormAsync();
        var units = await UnitNamesAsync();
        var page = await portal.OpenAsync("/sessions/new");

        await DetailsAsync(page, seed);
        await AttendeesAsync(page, seed);
        await ReportAsync(page, seed);
        await ConclusionAsync(page, seed, units);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(seed.Title, new() { Timeout = 15_000 });
        var id = int.Parse(new Uri(page.Url).AbsolutePath.Split('/')[^1], CultureInfo.InvariantCulture);
        await page.Context.CloseAsync();

        id.ShouldNotBe(seed.Id!.Value);
        var typed = (await FormAsync(id))!;
        SessionEditingSnapshot.Of(typed).ShouldBe(SessionEditingSnapshot.Of(seed));
    }

    private static async Task DetailsAsync(IPage page, SessionForm seed)
    {
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(seed.Title);
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).FillAsync(seed.HeldOn!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("Ngày làm việc", new() { Exact = true }).PressAsync("Tab");
        await PickAsync(page, page.GetByLabel("Đơn vị làm việc", new() { Exact = true }), "truc ninh", seed.HostUnitName!);

        // The seeded session is on the same day with the same unit: typed again, it is flagged, not refused.
        await Expect(page.Locator("#editor-same-day")).ToContainTextAsync($"Đã có buổi làm việc với đơn vị này trong cùng ngày: {seed.Title}");
        await page.GetByLabel("Địa điểm", new() { Exact = true }).FillAsync(seed.Place ?? string.Empty);
        await page.GetByLabel("Nội dung làm việc", new() { Exact = true }).FillAsync(seed.Subjects);
    }

    private static async Task AttendeesAsync(IPage page, SessionForm seed)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thành phần dự" }).ClickAsync();
        for (var i = 0; i < seed.Attendees.Count; i++)
        {
            var person = seed.Attendees[i];
            var row = page.Locator($"[data-attendee='{i}']");
            if (person.OfficialId is not null)
            {
                var typed = string.Join(' ', Domain.Common.VietnameseText.Fold(person.FullName).Split(' ').Take(2));
                await PickAsync(page, page.GetByLabel("Thêm cán bộ dự", new() { Exact = true }), typed, person.FullName);
                await Expect(row.GetByLabel("Chức vụ ngày làm việc", new() { Exact = true })).ToHaveValueAsync(person.Title);
            }
            else
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Thêm tập thể, khách mời" }).ClickAsync();
                await row.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync(person.FullName);
                await row.GetByLabel("Chức vụ ngày làm việc", new() { Exact = true }).FillAsync(person.Title);
            }

            await ChooseAsync(page, row.GetByLabel("Phía", new() { Exact = true }), Word($"AttendanceSide_{person.Side}"));
            await ChooseAsync(page, row.GetByLabel("Vai trò", new() { Exact = true }), Word($"AttendanceRole_{person.Role}"));
        }
    }

    private static async Task ReportAsync(IPage page, SessionForm seed)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Báo cáo của đơn vị" }).ClickAsync();
        await page.GetByText("Có báo cáo của đơn vị").ClickAsync();
        await page.GetByLabel("Tên báo cáo", new() { Exact = true }).FillAsync(seed.ReportTitle);
        await page.GetByLabel("Thời kỳ báo cáo", new() { Exact = true }).FillAsync(seed.PeriodCovered);
        for (var i = 0; i < seed.Sections.Count; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm mục" }).ClickAsync();
            var section = page.Locator($"[data-section='{i}']");
            await section.GetByLabel($"Tiêu đề mục {i + 1}", new() { Exact = true }).FillAsync(seed.Sections[i].Heading);
            await section.GetByLabel("Nội dung", new() { Exact = true }).FillAsync(seed.Sections[i].Body);
        }

        for (var i = 0; i < seed.Indicators.Count; i++)
        {
            var figure = seed.Indicators[i];
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chỉ tiêu" }).ClickAsync();
            var row = page.Locator($"[data-indicator='{i}']");
            await row.GetByLabel($"Chỉ tiêu {i + 1}", new() { Exact = true }).FillAsync(figure.Name);
            await row.GetByLabel("Giá trị", new() { Exact = true }).FillAsync(figure.Value);
            await row.GetByLabel("Đơn vị tính", new() { Exact = true }).FillAsync(figure.UnitOfMeasure);
            if (figure.Target is { } target)
            {
                await row.GetByLabel("Kế hoạch / tổng số", new() { Exact = true }).FillAsync(target);
            }

            if (figure.Note is { } note)
            {
                await row.GetByLabel("Ghi chú của chỉ tiêu", new() { Exact = true }).FillAsync(note);
            }
        }
    }

    private static async Task ConclusionAsync(IPage page, SessionForm seed, IReadOnlyDictionary<int, string> units)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Kết luận" }).ClickAsync();
        await page.GetByText("Đã có kết luận").ClickAsync();
        await page.GetByLabel("Đánh giá, kết luận", new() { Exact = true }).FillAsync(seed.Assessment);
        for (var i = 0; i < seed.Directives.Count; i++)
        {
            var directive = seed.Directives[i];
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm ý kiến chỉ đạo" }).ClickAsync();
            var box = page.Locator($"[data-directive='{i}']");
            await ChooseAsync(page, box.GetByLabel($"Lĩnh vực của ý kiến {i + 1}", new() { Exact = true }), Word($"DirectiveField_{directive.Field}"));
            await box.GetByLabel($"Nội dung ý kiến chỉ đạo {i + 1}", new() { Exact = true }).FillAsync(directive.Text);
            var task = directive.Tasks.ShouldHaveSingleItem("each Trực Ninh directive went to one lead unit");
            var fields = page.Locator($"[data-task='Directives[{i}].Tasks[0]']");
            await Expect(fields.GetByLabel("Đơn vị chủ trì", new() { Exact = true })).ToHaveValueAsync(units[task.LeadUnitId!.Value]);
            await ChooseManyAsync(page, fields.GetByLabel("Đơn vị phối hợp", new() { Exact = true }), task.CoordinatingUnitIds.Select(u => units[u]));

            if (task.Deadline is { } deadline)
            {
                await fields.GetByLabel("Thời hạn", new() { Exact = true }).FillAsync(deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                await fields.GetByLabel("Thời hạn", new() { Exact = true }).PressAsync("Tab");
            }

            await ChooseAsync(page, fields.GetByLabel("Chế độ báo cáo", new() { Exact = true }), Word($"ReportingSchedule_{task.ReportingSchedule}"));
            await fields.GetByLabel("Sản phẩm đầu ra", new() { Exact = true }).FillAsync(task.ExpectedOutput);
        }
    }

    /// <summary>The word the portal shows, from its own Vietnamese resources.</summary>
    private static string Word(string key) => Words.GetString(key, CultureInfo.GetCultureInfo("vi-VN")) ?? key;

    private async Task<SessionForm> SeedFormAsync()
    {
        await using var db = await portal.DbAsync();
        var id = await db.WorkSessions.Where(s => s.Title == "Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (await FormAsync(id))!;
    }

    private async Task<SessionForm?> FormAsync(int id)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        return await scope.ServiceProvider.GetRequiredService<SessionEditing>().GetAsync(id);
    }

    private async Task<IReadOnlyDictionary<int, string>> UnitNamesAsync()
    {
        await using var db = await portal.DbAsync();
        return await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
    }
}
