using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notices;
using WorkSessions.Web.Features.Admin;
using WorkSessions.Web.Features.Notices;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Notices;

/// <summary>A revision of the format guidance is a profile an administrator adds, not new code.</summary>
[Collection(NoticeCollection.Name)]
public sealed class FormatProfileTests(PortalFixture portal)
{
    [Fact]
    public async Task An_administrator_adds_the_2026_revision_and_drafts_follow_it_from_its_day()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        var admin = await portal.OpenAsync("/admin/format-profiles", "admin");
        await Assertions.Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "Hướng dẫn 36-HD/VPTW ngày 03/4/2018" })).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Thêm mẫu thể thức" }).ClickAsync();
        await admin.GetByLabel("Tên mẫu").FillAsync("Hướng dẫn 05-HD/VPTW (2026)");
        await admin.GetByLabel("Áp dụng từ ngày").FillAsync("01/01/2026");
        await admin.GetByLabel("Dấu ngăn cách").FillAsync(";");
        await admin.GetByLabel("Lề trái (mm)").FillAsync("3");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Lề trái phải từ 5 đến 60.")).ToBeVisibleAsync();
        await admin.GetByLabel("Lề trái (mm)").FillAsync("30");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Đã lưu mẫu thể thức Hướng dẫn 05-HD/VPTW (2026).")).ToBeVisibleAsync();
        await admin.Context.CloseAsync();

        try
        {
            await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
            var view = await scope.ServiceProvider.GetRequiredService<NoticeQueries>().GetAsync(notice);
            view!.FormatName.ShouldBe("Hướng dẫn 05-HD/VPTW (2026)");
            view.PreviewHtml.ShouldContain("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;");
            await using var db = await portal.DbAsync();
            var added = await db.NoticeFormatProfiles.SingleAsync(p => p.Name == "Hướng dẫn 05-HD/VPTW (2026)");
            added.Format.ShouldBe(NoticeFormat.Guidance2018 with { RecipientSeparator = ";" });
            (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(NoticeFormatProfile) && a.EntityId == added.Id.ToString())).ShouldBeTrue();
        }
        finally
        {
            await RemoveAsync("Hướng dẫn 05-HD/VPTW (2026)");
        }
    }

    [Fact]
    public async Task The_2026_profile_waits_inactive_until_an_administrator_puts_it_in_force_and_the_last_profile_in_force_stays()
    {
        var notice = await NoticeScenario.DraftAsync(portal, await NoticeScenario.ConcludedSessionAsync(portal));
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var profiles = scope.ServiceProvider.GetRequiredService<FormatProfileAdministration>();
        var listed = await profiles.ListAsync();
        var rule2026 = listed.Single(p => p.EffectiveFrom == new DateOnly(2026, 1, 9));
        var guidance2018 = listed.Single(p => p.EffectiveFrom == new DateOnly(2018, 4, 3));
        rule2026.IsActive.ShouldBeFalse();
        guidance2018.InEffectToday.ShouldBeTrue();
        (await ViewAsync(notice)).PreviewHtml.ShouldContain("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,");

        // The last profile in force cannot be removed or taken out of force.
        (await profiles.DeleteAsync(guidance2018.Id)).Said()[string.Empty].ShouldBe("Phải còn ít nhất một mẫu thể thức đang áp dụng.");
        (await profiles.SetActiveAsync(guidance2018.Id, guidance2018.Form.Version, active: false)).Said()[string.Empty].ShouldBe("Phải còn ít nhất một mẫu thể thức đang áp dụng.");

        try
        {
            (await profiles.SetActiveAsync(rule2026.Id, rule2026.Form.Version, active: true)).Succeeded.ShouldBeTrue();
            var view = await ViewAsync(notice);
            view.FormatName.ShouldBe(rule2026.Name);
            view.PreviewHtml.ShouldContain("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy;");
            (await profiles.ListAsync()).Single(p => p.Id == rule2026.Id).InEffectToday.ShouldBeTrue();
        }
        finally
        {
            var now = (await profiles.ListAsync()).Single(p => p.Id == rule2026.Id);
            (await profiles.SetActiveAsync(now.Id, now.Form.Version, active: false)).Succeeded.ShouldBeTrue();
        }

        (await ViewAsync(notice)).FormatName.ShouldBe(guidance2018.Name);
    }

    private async Task<NoticeView> ViewAsync(int notice)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        return (await scope.ServiceProvider.GetRequiredService<NoticeQueries>().GetAsync(notice))!;
    }

    private async Task RemoveAsync(string name)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var profiles = scope.ServiceProvider.GetRequiredService<FormatProfileAdministration>();
        var added = (await profiles.ListAsync()).Single(p => p.Name == name);
        (await profiles.DeleteAsync(added.Id)).Succeeded.ShouldBeTrue();
    }
}
