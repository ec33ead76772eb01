using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Domain.Auditing;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class UnitScopeTests(PortalFixture portal)
{
    [Theory]
    [InlineData("trucninh", "Trực Ninh")]
    [InlineData("cole", "Cổ Lễ")]
    public async Task A_unit_user_lists_only_the_sessions_of_their_unit(string userName, string unitWord)
    {
        var page = await portal.OpenAsync("/sessions", userName);

        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(unitWord);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_unit_user_asking_for_another_units_session_by_id_gets_not_found_and_the_refusal_is_audited()
    {
        var otherId = await SessionIdAsync("Cổ Lễ");
        var page = await portal.OpenAsync($"/sessions/{otherId}", "trucninh");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy buổi làm việc");
        await using var db = await portal.DbAsync();
        (await db.AuditEntries.CountAsync(a => a.UserName == "trucninh" && a.Action == AuditAction.Refused && a.EntityId == $"WorkSession/{otherId}"))
            .ShouldBeGreaterThan(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_unit_user_sees_only_the_tasks_their_unit_leads_or_coordinates()
    {
        var page = await portal.OpenAsync("/tasks", "cole");

        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(5);
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row).ToContainTextAsync("Đảng ủy xã Cổ Lễ");
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/units")]
    [InlineData("/officials")]
    public async Task The_registers_refuse_a_unit_user(string path)
    {
        var page = await portal.SignInAsync(path, "trucninh");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền truy cập");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Tỉnh ủy Nam Định");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_menu_of_a_unit_user_does_not_offer_the_registers()
    {
        var page = await portal.OpenAsync("/sessions", "trucninh");

        var menu = page.GetByRole(AriaRole.Navigation);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Đơn vị", Exact = true })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Cán bộ", Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinating_unit_sees_its_task_and_can_open_the_session_it_came_from()
    {
        await portal.CreateUserAsync("vp-tinh-uy", PortalRoles.UnitUser, "Văn phòng Tỉnh ủy Ninh Bình");
        var page = await portal.OpenAsync("/tasks", "vp-tinh-uy");
        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);

        await rows.First.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Đảng ủy xã Cổ Lễ");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Office_staff_see_every_unit()
    {
        var page = await portal.OpenAsync("/sessions", "vanphong");

        await Expect(page.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }

    private async Task<int> SessionIdAsync(string hostWord)
    {
        await using var db = await portal.DbAsync();
        return await db.WorkSessions.Where(s => s.HostUnit.Name.Contains(hostWord)).Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task A_unit_users_chair_filter_offers_only_the_leaders_of_their_units_sessions()
    {
        IReadOnlyList<(int Id, string Name)> office, unit;
        HashSet<int> visibleSessions;
        await using (var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff))
        {
            office = (await scope.ServiceProvider.GetRequiredService<SessionQueries>().FilterChoicesAsync()).Leaders;
        }

        await using (var scope = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Huyện ủy Trực Ninh"))
        {
            var queries = scope.ServiceProvider.GetRequiredService<SessionQueries>();
            unit = (await queries.FilterChoicesAsync()).Leaders;
            visibleSessions = [.. (await queries.ListAsync(null, new PageRequest(0, PageRequest.MaxPageSize))).Items.Select(s => s.Id)];
        }

        await using var db = await portal.DbAsync();
        var chairedHere = await db.Set<Attendance>()
            .Where(a => a.Role == AttendanceRole.Chair && a.OfficialId != null && visibleSessions.Contains(a.WorkSessionId))
            .Select(a => a.OfficialId!.Value).Distinct().ToListAsync();
        unit.Select(l => l.Id).ShouldBe(chairedHere, ignoreOrder: true);
        office.Select(l => l.Name).ShouldContain("Trần Minh Đức", "the Cổ Lễ session's chair, whom the Trực Ninh user must not learn of");
        unit.Select(l => l.Name).ShouldNotContain("Trần Minh Đức");
    }
}
