using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

[Collection(EditingCollection.Name)]
public sealed class SessionFilterTests(PortalFixture portal)
{
    [Fact]
    public async Task A_commune_includes_the_sessions_of_the_town_committee_merged_into_it()
    {
        var town = await CreateAsync("Đảng ủy thị trấn Cổ Lễ", new DateTime(2024, 3, 12), WorkSessionKind.Inspection);
        var commune = await portal.UnitIdAsync("Đảng ủy xã Cổ Lễ");

        var titles = await TitlesAsync(new SessionFilter { UnitId = commune });

        titles.ShouldContain(town);
        titles.ShouldContain(t => t.Contains("Đảng ủy xã Cổ Lễ", StringComparison.Ordinal));
        titles.ShouldNotContain(t => t.Contains("Huyện ủy Trực Ninh", StringComparison.Ordinal));
        (await TitlesAsync(new SessionFilter { UnitId = await portal.UnitIdAsync("Đảng ủy thị trấn Cổ Lễ") })).ShouldNotContain(t => t.Contains("xã Cổ Lễ", StringComparison.Ordinal), "a merged unit does not take its successor's sessions");
    }

    [Fact]
    public async Task Dates_kind_status_and_chair_narrow_the_list_on_the_server()
    {
        var inspection = await CreateAsync("Huyện ủy Trực Ninh", new DateTime(2022, 4, 20), WorkSessionKind.Inspection);
        await using var db = await portal.DbAsync();
        var chair = db.Officials.Where(o => o.FullName == "Phạm Gia Túc").Select(o => o.Id).Single();

        (await TitlesAsync(new SessionFilter { From = new DateTime(2022, 4, 1), To = new DateTime(2022, 4, 30), Kind = WorkSessionKind.Inspection })).ShouldBe([inspection]);
        (await TitlesAsync(new SessionFilter { From = new DateTime(2022, 4, 1), To = new DateTime(2022, 4, 30), Kind = WorkSessionKind.Working })).ShouldBeEmpty();
        (await TitlesAsync(new SessionFilter { From = new DateTime(2022, 4, 1), To = new DateTime(2022, 4, 30), Status = WorkSessionStatus.Held })).ShouldBe([inspection]);
        var chaired = await TitlesAsync(new SessionFilter { LeaderId = chair });
        chaired.ShouldContain("Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh");
        chaired.ShouldNotContain(inspection, "nobody chaired it");
    }

    private async Task<List<string>> TitlesAsync(SessionFilter filter)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
        var page = await scope.ServiceProvider.GetRequiredService<SessionQueries>().ListAsync(null, filter, new PageRequest(0, 100));
        return [.. page.Items.Select(i => i.Title)];
    }

    private async Task<string> CreateAsync(string host, DateTime day, WorkSessionKind kind)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var editing = scope.ServiceProvider.GetRequiredService<SessionEditing>();
        var form = await editing.NewAsync();
        form.Title = $"Kiểm tra {host} {Guid.NewGuid():N}"[..45];
        form.HeldOn = day;
        form.HostUnitId = await portal.UnitIdAsync(host);
        form.Kind = kind;
        form.Held = true;
        form.Place = "Trụ sở";
        form.Subjects = "Công tác kiểm tra";
        var result = await editing.SaveAsync(form);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        return form.Title;
    }
}
