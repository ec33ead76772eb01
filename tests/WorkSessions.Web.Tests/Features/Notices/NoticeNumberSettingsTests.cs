using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>
/// A province that adopts the portal part-way through a term goes on from its own last number: an
/// administrator sets the next one, audited, never back over a number already given.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class NoticeNumberSettingsTests(PortalFixture portal)
{
    [Fact]
    public async Task The_next_number_set_by_an_administrator_is_the_number_the_next_notice_takes_and_the_change_is_audited()
    {
        var line = await LineAsync("Tỉnh ủy Ninh Bình");
        var next = line.LastNumber + 125;

        var result = await SetAsync(line, next);

        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        (await LineAsync("Tỉnh ủy Ninh Bình")).NextNumber.ShouldBe(next);
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal, "Đảng ủy xã Cổ Lễ"));
        (await NoticeScenario.IssueAsync(portal, notice)).ShouldBe($"{next}-TB/TU");
        await using var db = await portal.DbAsync();
        (await db.AuditEntries.AnyAsync(a => a.EntityType == "NoticeNumberCounter" && a.UserName == "matrix-" + PortalFixture.UserOf(PortalRoles.Administrator) && a.Changes.Contains($"{next - 1}")))
            .ShouldBeTrue("the new starting point is on record with who set it");
    }

    [Fact]
    public async Task A_next_number_at_or_below_one_already_given_is_refused_beside_the_field_and_nothing_changes()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var issued = await NoticeScenario.IssueAsync(portal, notice);
        var line = await LineAsync("Tỉnh ủy Nam Định");
        line.LastNumber.ShouldBe(int.Parse(issued.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture));

        var result = await SetAsync(line, line.LastNumber);

        result.Said()[nameof(NextNumberForm.NextNumber)].ShouldBe($"Số {line.LastNumber} đã được dùng: số tiếp theo phải từ {line.LastNumber + 1} trở lên.");
        (await LineAsync("Tỉnh ủy Nam Định")).ShouldBe(line);
    }

    [Fact]
    public async Task A_figure_read_before_a_notice_was_issued_is_refused_as_stale()
    {
        // Nam Định ended in 2025; it is listed because it numbers the notices of its sessions this term.
        await NoticeScenario.IssueAsync(portal, await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal)));
        var page = await LineAsync("Tỉnh ủy Nam Định");
        await NoticeScenario.IssueAsync(portal, await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal)));

        var result = await SetAsync(page, page.LastNumber + 500);

        result.Said()[string.Empty].ShouldStartWith("Vừa có thông báo được ban hành với số mới.");
        (await LineAsync("Tỉnh ủy Nam Định")).LastNumber.ShouldBe(page.LastNumber + 1);
    }

    [Fact]
    public async Task An_administrator_sets_the_next_number_on_the_page_and_a_lower_one_is_refused_beside_the_field()
    {
        // The office issued up to some number before the portal: numbers up to it are used.
        var start = await LineAsync("Tỉnh ủy Ninh Bình");
        (await SetAsync(start, start.LastNumber + 10)).Succeeded.ShouldBeTrue();
        var before = await LineAsync("Tỉnh ủy Ninh Bình");
        var page = await portal.OpenAsync("/admin/notice-numbers", "admin");
        var row = page.Locator("tr").Filter(new() { HasText = "Tỉnh ủy Ninh Bình" });
        await Expect(row).ToContainTextAsync($"Số {before.NextNumber}");

        await row.GetByRole(AriaRole.Button, new() { Name = "Đặt số tiếp theo" }).ClickAsync();
        var field = row.GetByLabel("Số tiếp theo");
        await field.FillAsync((before.LastNumber - 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(row).ToContainTextAsync($"Số {before.LastNumber} đã được dùng: số tiếp theo phải từ {before.NextNumber} trở lên.");
        await Expect(field).ToHaveValueAsync((before.LastNumber - 5).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var next = before.LastNumber + 300;
        await field.FillAsync(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page.GetByText($"Đã đặt số tiếp theo là {next}.")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync($"Số {next}");
        (await LineAsync("Tỉnh ủy Ninh Bình")).NextNumber.ShouldBe(next);
        await page.Context.CloseAsync();
    }

    private async Task<NumberingLine> LineAsync(string committee)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        return (await scope.ServiceProvider.GetRequiredService<NoticeNumberSettings>().ListAsync()).Single(l => l.Issuer == committee);
    }

    private async Task<WorkSessions.Web.Shared.Forms.FormResult> SetAsync(NumberingLine line, int next)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        return await scope.ServiceProvider.GetRequiredService<NoticeNumberSettings>().SetNextAsync(
            new NextNumberForm { IssuingUnitId = line.IssuingUnitId, LastNumber = line.LastNumber, NextNumber = next });
    }
}
