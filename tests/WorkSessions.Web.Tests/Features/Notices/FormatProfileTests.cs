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
    public async Task The_last_profile_cannot_be_removed()
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var profiles = scope.ServiceProvider.GetRequiredService<FormatProfileAdministration>();
        var only = (await profiles.ListAsync()).ShouldHaveSingleItem();

        var result = await profiles.DeleteAsync(only.Id);

        result.Said()[string.Empty].ShouldBe("Phải còn ít nhất một mẫu thể thức.");
        (await profiles.ListAsync()).Count.ShouldBe(1);
    }

    private async Task RemoveAsync(string name)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Administrator);
        var profiles = scope.ServiceProvider.GetRequiredService<FormatProfileAdministration>();
        var added = (await profiles.ListAsync()).Single(p => p.Name == name);
        (await profiles.DeleteAsync(added.Id)).Succeeded.ShouldBeTrue();
    }
}
