using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Features.Sessions.Editing;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>The calendar feed of planned sessions, on the editing portal, where planned sessions are made.</summary>
[Collection(EditingCollection.Name)]
public sealed class CalendarFeedTests(PortalFixture portal)
{
    [Fact]
    public async Task A_planned_session_reaches_a_leaders_calendar_and_its_units_but_not_another_units()
    {
        var title = $"Dự kiến làm việc với Đảng ủy xã Cổ Lễ {Guid.NewGuid():N}"[..50];
        await PlanAsync(title, "Đảng ủy xã Cổ Lễ", new DateTime(2026, 12, 10), new TimeSpan(8, 30, 0));

        var leader = await FeedAsync("lanhdao");
        var unit = await FeedAsync("cole");
        var other = await FeedAsync("trucninh");

        var unfolded = leader.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain("SUMMARY:" + title);
        unfolded.ShouldContain("DTSTART:20261210T013000Z");
        unfolded.ShouldContain("LOCATION:Hội trường Đảng ủy xã");
        unfolded.ShouldNotContain("Đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Trực Ninh", Case.Sensitive, "a concluded session is not planned");
        unit.Replace("\r\n ", string.Empty, StringComparison.Ordinal).ShouldContain("SUMMARY:" + title);
        other.Replace("\r\n ", string.Empty, StringComparison.Ordinal).ShouldNotContain(title);
    }

    [Fact]
    public async Task A_renewed_address_closes_the_old_one_and_the_key_never_reaches_the_log()
    {
        var page = await portal.OpenAsync("/account/calendar", "vanphong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo địa chỉ lịch" }).ClickAsync();
        var first = await AddressAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi địa chỉ mới" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Đổi địa chỉ mới" }).ClickAsync();
        await Expect(page.Locator("#calendar-address")).Not.ToHaveValueAsync(first);
        var second = await AddressAsync(page);

        using var old = await portal.Http.GetAsync(new Uri(first).PathAndQuery);
        using var current = await portal.Http.GetAsync(new Uri(second).PathAndQuery);
        using var unknown = await portal.Http.GetAsync("/calendar/sessions.ics?key=khong-co-khoa-nay");

        old.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        current.StatusCode.ShouldBe(HttpStatusCode.OK);
        current.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await page.Context.CloseAsync();

        var key = second[(second.IndexOf("key=", StringComparison.Ordinal) + 4)..];
        foreach (var log in Directory.GetFiles(portal.LogFolder))
        {
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            (await reader.ReadToEndAsync()).ShouldNotContain(key);
        }
    }

    private async Task<string> FeedAsync(string userName)
    {
        var page = await portal.OpenAsync("/account/calendar", userName);
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Tạo địa chỉ lịch" });
        if (await create.CountAsync() > 0)
        {
            await create.ClickAsync();
        }

        var address = await AddressAsync(page);
        await page.Context.CloseAsync();
        using var response = await portal.Http.GetAsync(new Uri(address).PathAndQuery);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> AddressAsync(IPage page)
    {
        var field = page.Locator("#calendar-address");
        await Expect(field).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("key="));
        return await field.InputValueAsync();
    }

    private async Task PlanAsync(string title, string host, DateTime day, TimeSpan start)
    {
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var editing = scope.ServiceProvider.GetRequiredService<SessionEditing>();
        var form = await editing.NewAsync();
        form.Title = title;
        form.HeldOn = day;
        form.StartTime = start;
        form.HostUnitId = await portal.UnitIdAsync(host);
        form.Place = "Hội trường Đảng ủy xã";
        form.Subjects = "Tình hình thực hiện nhiệm vụ, chuyển đổi số";
        var result = await editing.SaveAsync(form);
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        (await editing.GetAsync(result.Value))!.Status.ShouldBe(WorkSessionStatus.Planned);
    }
}
