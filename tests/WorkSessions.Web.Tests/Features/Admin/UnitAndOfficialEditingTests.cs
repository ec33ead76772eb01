using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Units;
using WorkSessions.Web.Features.Officials;
using WorkSessions.Web.Features.Units;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Admin;

/// <summary>
/// The registers are kept from their own pages. The database is shared with the other tests of the
/// collection, so these only add records with names of their own and never touch the seeded ones.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class UnitAndOfficialEditingTests(PortalFixture portal)
{
    [Fact]
    public async Task An_administrator_adds_a_unit_and_finds_it_in_the_list()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Đảng ủy phường Thử Nghiệm {suffix}";
        var page = await portal.OpenAsync("/units", "admin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await page.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Ngày thành lập", new() { Exact = true }).FillAsync("01/07/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByText($"Đã lưu đơn vị {name}.")).ToBeVisibleAsync();
        await page.GetByLabel("Tìm đơn vị").FillAsync("thu nghiem " + suffix);
        var rows = page.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(name);
        await Expect(rows.First).ToContainTextAsync("01/7/2025 – nay");
        await page.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var unit = await db.Units.SingleAsync(u => u.Name == name);
        unit.Kind.ShouldBe(UnitKind.CommuneCommittee);
        unit.ValidFrom.ShouldBe(new DateOnly(2025, 7, 1));
    }

    [Fact]
    public async Task A_last_day_before_the_founding_day_is_explained_beside_the_field_and_nothing_is_saved()
    {
        var name = $"Đảng ủy xã Ngày Sai {Guid.NewGuid():N}"[..30];
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var units = scope.ServiceProvider.GetRequiredService<UnitAdministration>();

        var result = await units.SaveAsync(new UnitForm { Name = name, ValidFrom = new DateTime(2025, 7, 1), ValidTo = new DateTime(2025, 6, 30) });

        result.Succeeded.ShouldBeFalse();
        result.Said().ShouldHaveSingleItem().ShouldBe(new KeyValuePair<string, string>(nameof(Unit.ValidTo), "Ngày kết thúc không được trước ngày thành lập."));
        await using var db = await portal.DbAsync();
        (await db.Units.IgnoreQueryFilters().AnyAsync(u => u.Name == name)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_unit_merged_into_a_successor_records_its_last_day_and_the_successor()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var units = scope.ServiceProvider.GetRequiredService<UnitAdministration>();
        (await units.SaveAsync(new UnitForm { Name = $"Đảng ủy phường Mới {suffix}", ValidFrom = new DateTime(2025, 7, 1) })).Succeeded.ShouldBeTrue();
        (await units.SaveAsync(new UnitForm { Name = $"Đảng ủy xã Cũ {suffix}", ValidFrom = new DateTime(2000, 1, 1) })).Succeeded.ShouldBeTrue();
        var choices = await units.UnitChoicesAsync();
        var successor = choices.Single(u => u.Name == $"Đảng ủy phường Mới {suffix}");
        var form = (await units.GetAsync(choices.Single(u => u.Name == $"Đảng ủy xã Cũ {suffix}").Id))!;

        form.ValidTo = new DateTime(2025, 6, 30);
        form.MergedIntoId = successor.Id;
        var result = await units.SaveAsync(form);

        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        var saved = (await units.GetAsync(form.Id!.Value))!;
        saved.ValidTo.ShouldBe(new DateTime(2025, 6, 30));
        saved.MergedIntoId.ShouldBe(successor.Id);
        saved.Version.ShouldBe(form.Version + 1);
        (await units.SaveAsync(form)).Said().ShouldContainKey(string.Empty, "a stale copy does not overwrite the newer one");
    }

    [Fact]
    public async Task Office_staff_add_an_official_with_a_position_that_gives_the_title_of_that_day()
    {
        var name = $"Nguyễn Văn Thử {Guid.NewGuid().ToString("N")[..6]}";
        var page = await portal.OpenAsync("/officials", "vanphong");

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm cán bộ" }).ClickAsync();
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Chức vụ", new() { Exact = true }).FillAsync("Bí thư Đảng ủy phường Nam Định");
        await page.GetByLabel("Từ ngày", new() { Exact = true }).FillAsync("01/07/2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByText($"Đã lưu cán bộ {name}.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var official = await db.Officials.Include(o => o.Positions).SingleAsync(o => o.FullName == name);
        official.TitleOn(new DateOnly(2025, 7, 1)).ShouldBe("Bí thư Đảng ủy phường Nam Định");
        official.TitleOn(new DateOnly(2025, 6, 30)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Office_staff_end_a_position_and_add_the_next_one()
    {
        var name = $"Trần Thị Thử {Guid.NewGuid().ToString("N")[..6]}";
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var officials = scope.ServiceProvider.GetRequiredService<OfficialAdministration>();
        (await officials.SaveAsync(new OfficialForm { FullName = name, Position = new PositionForm { Title = "Phó Bí thư", From = new DateTime(2020, 10, 1) } })).Succeeded.ShouldBeTrue();
        await using var db = await portal.DbAsync();
        var id = await db.Officials.Where(o => o.FullName == name).Select(o => o.Id).SingleAsync();
        var first = (await officials.GetAsync(id))!.Positions.ShouldHaveSingleItem();

        (await officials.EndPositionAsync(id, first.Id, new DateTime(2020, 9, 30))).Said().ShouldContainKey("To");
        (await officials.EndPositionAsync(id, first.Id, new DateTime(2025, 6, 30))).Succeeded.ShouldBeTrue();
        (await officials.AddPositionAsync(id, new PositionForm { Title = "Bí thư", From = new DateTime(2025, 7, 1) })).Succeeded.ShouldBeTrue();

        var positions = (await officials.GetAsync(id))!.Positions;
        positions.Select(p => (p.Title, p.From, p.To)).ShouldBe([
            ("Phó Bí thư", new DateOnly(2020, 10, 1), new DateOnly(2025, 6, 30)),
            ("Bí thư", new DateOnly(2025, 7, 1), (DateOnly?)null),
        ]);
    }

    [Fact]
    public async Task The_editor_shows_the_position_history_and_adds_a_position()
    {
        var name = $"Lê Văn Thử {Guid.NewGuid().ToString("N")[..6]}";
        await using (var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff))
        {
            var officials = scope.ServiceProvider.GetRequiredService<OfficialAdministration>();
            (await officials.SaveAsync(new OfficialForm { FullName = name, Position = new PositionForm { Title = "Chánh Văn phòng", From = new DateTime(2021, 1, 4) } })).Succeeded.ShouldBeTrue();
        }

        var page = await portal.OpenAsync("/officials", "vanphong");
        await page.GetByLabel("Tìm cán bộ").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sửa cán bộ {name}" }).ClickAsync();

        // In the editor's history: the list below it shows the same title as the official's current one.
        var editor = page.Locator("#official-editor");
        await Expect(editor.GetByRole(AriaRole.Cell, new() { Name = "Chánh Văn phòng", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Chức vụ", new() { Exact = true }).FillAsync("Ủy viên Ban Thường vụ Tỉnh ủy");
        await page.GetByLabel("Từ ngày", new() { Exact = true }).FillAsync("01/10/2025");
        await page.GetByLabel("Thứ tự trong chức danh").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chức vụ" }).ClickAsync();

        await Expect(editor.GetByRole(AriaRole.Cell, new() { Name = "Ủy viên Ban Thường vụ Tỉnh ủy", Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
        await using var db = await portal.DbAsync();
        var official = await db.Officials.Include(o => o.Positions).SingleAsync(o => o.FullName == name);
        official.TitleOn(new DateOnly(2025, 10, 1)).ShouldBe("Ủy viên Ban Thường vụ Tỉnh ủy, Chánh Văn phòng");
    }
}
