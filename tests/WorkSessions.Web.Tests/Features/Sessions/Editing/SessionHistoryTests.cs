using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Features.Sessions.History;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

[Collection(EditingCollection.Name)]
public sealed class SessionHistoryTests(PortalFixture portal)
{
    [Fact]
    public async Task The_history_shows_who_changed_a_field_and_a_removed_directive_newest_first()
    {
        var id = await CreateAsync();
        await EditAsync(id, form =>
        {
            form.Place = "Hội trường UBND huyện";
            form.Directives.RemoveAt(0);
        });

        await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
        var (entries, more) = await scope.ServiceProvider.GetRequiredService<SessionHistory>().ListAsync(id, 50);

        more.ShouldBeFalse();
        entries.Select(e => e.AtUtc).ShouldBeInOrder(SortDirection.Descending);
        var place = entries.Single(e => e.EntityType == "WorkSession" && e.Action == AuditAction.Updated);
        HistoryChanges.Read(place.Changes).ShouldContain(("Place", "Trụ sở Huyện ủy", "Hội trường UBND huyện"));
        place.UserName.ShouldBe("matrix-vanphong");
        entries.Count(e => e.EntityType == "Directive" && e.Action == AuditAction.Deleted).ShouldBe(1);
        entries.Count(e => e.EntityType == "FollowUpTask" && e.Action == AuditAction.Deleted).ShouldBe(1);
        entries.Count(e => e.Action == AuditAction.Created).ShouldBeGreaterThanOrEqualTo(5, "the session, its conclusion, two directives and their tasks were created");
    }

    [Fact]
    public async Task A_leader_opens_the_history_on_the_session_page_and_a_unit_user_has_none()
    {
        var id = await CreateAsync();
        await EditAsync(id, form => form.Place = "Nhà văn hóa thôn");

        var page = await portal.OpenAsync($"/sessions/{id}", "lanhdao");
        await page.GetByText("Lịch sử thay đổi").ClickAsync();
        await Expect(page.Locator("#session-history")).ToContainTextAsync("Địa điểm: Trụ sở Huyện ủy → Nhà văn hóa thôn");
        await page.Context.CloseAsync();

        var unit = await portal.OpenAsync($"/sessions/{id}", "trucninh");
        await Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(unit.GetByText("Lịch sử thay đổi")).ToHaveCountAsync(0);
        await unit.Context.CloseAsync();
    }

    private async Task<int> CreateAsync()
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var editing = scope.ServiceProvider.GetRequiredService<SessionEditing>();
        var form = await editing.NewAsync();
        var host = await portal.UnitIdAsync("Huyện ủy Trực Ninh");
        form.Title = $"Buổi làm việc có lịch sử {Guid.NewGuid():N}"[..40];
        form.HeldOn = new DateTime(2021, 10, 5);
        form.HostUnitId = host;
        form.Place = "Trụ sở Huyện ủy";
        form.Subjects = "Tình hình thực hiện nhiệm vụ";
        form.HasConclusion = true;
        form.Assessment = "Ghi nhận kết quả.";
        form.Directives = [.. new[] { "Ý kiến thứ nhất.", "Ý kiến thứ hai." }.Select(text => new DirectiveForm
        {
            Field = DirectiveField.Economy,
            Text = text,
            Tasks = [new TaskForm { LeadUnitId = host, ExpectedOutput = "Báo cáo" }],
        })];
        var result = await editing.SaveAsync(form);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        return result.Value;
    }

    private async Task EditAsync(int id, Action<SessionForm> change)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var editing = scope.ServiceProvider.GetRequiredService<SessionEditing>();
        var form = (await editing.GetAsync(id))!;
        change(form);
        (await editing.SaveAsync(form)).Succeeded.ShouldBeTrue();
    }
}
