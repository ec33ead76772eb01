using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>
/// The whole loop in the browser, as the people do it: the commune reports its overdue task done
/// with evidence, the office returns it, the commune reports again, the office confirms; the
/// leaders' dashboard and the session's x/y counts move with it.
/// </summary>
[Collection(TrackingCollection.Name)]
public sealed class TaskLoopTests(PortalFixture portal)
{
    [Fact]
    public async Task A_task_goes_from_reported_to_returned_to_confirmed_and_the_counts_follow()
    {
        var (taskId, sessionId) = await LandTaskAsync();
        var (doneBefore, overdueBefore) = await DashboardAsync();
        var session = await portal.OpenAsync($"/sessions/{sessionId}");
        var sessionCount = await session.Locator("#session-done-count").InnerTextAsync();
        var directiveCount = await DirectiveCountAsync(session);
        await session.Context.CloseAsync();

        await ReportDoneAsync(taskId, "Đã trình phương án sử dụng 3 trụ sở dôi dư.", "Phương án.pdf");

        var office = await portal.OpenAsync($"/tasks/{taskId}");
        await Expect(office.Locator("#task-summary")).ToContainTextAsync("Chờ xác nhận");
        await Expect(office.Locator("#task-timeline")).ToContainTextAsync("Phương án.pdf");
        await office.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(office.GetByText("Cần nêu lý do trả lại nhiệm vụ.")).ToBeVisibleAsync();
        await office.GetByLabel("Lý do trả lại (bắt buộc khi trả lại)").FillAsync("Phương án chưa có ý kiến thẩm định của Sở Tài chính.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Expect(office.Locator("#task-summary")).ToContainTextAsync("Đang thực hiện");
        await Expect(office.Locator("#task-timeline")).ToContainTextAsync("Phương án chưa có ý kiến thẩm định của Sở Tài chính.");
        await office.Context.CloseAsync();

        await ReportDoneAsync(taskId, "Đã bổ sung ý kiến thẩm định của Sở Tài chính.", "Phương án có thẩm định.pdf");

        office = await portal.OpenAsync($"/tasks/{taskId}");
        await office.GetByRole(AriaRole.Button, new() { Name = "Xác nhận hoàn thành" }).ClickAsync();
        await Expect(office.Locator("#task-summary")).ToContainTextAsync("Đã hoàn thành");
        var kinds = await office.Locator("#task-timeline .timeline-entry").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind)");
        kinds.ShouldBe(["Assigned", "ExtensionRequested", "ReportedDone", "Returned", "ReportedDone", "Confirmed"]);
        await office.Context.CloseAsync();

        var (doneAfter, overdueAfter) = await DashboardAsync();
        doneAfter.ShouldBe(doneBefore + 1);
        overdueAfter.ShouldBe(overdueBefore - 1);
        session = await portal.OpenAsync($"/sessions/{sessionId}");
        (await session.Locator("#session-done-count").InnerTextAsync()).ShouldBe(Advanced(sessionCount));
        (await DirectiveCountAsync(session)).ShouldBe(Advanced(directiveCount));
        await session.Context.CloseAsync();

        await using var db = await portal.DbAsync();
        var task = await db.FollowUpTasks.Include(t => t.Updates).ThenInclude(u => u.Evidence).SingleAsync(t => t.Id == taskId);
        task.State.ShouldBe(TaskState.Done);
        task.CompletedOn.ShouldBe(new DateOnly(2026, 11, 28));
        task.Updates.SelectMany(u => u.Evidence).Select(e => e.FileName).ShouldBe(["Phương án.pdf", "Phương án có thẩm định.pdf"]);
    }

    private async Task ReportDoneAsync(int taskId, string narrative, string file)
    {
        var unit = await portal.OpenAsync($"/tasks/{taskId}", "cole");
        await unit.GetByRole(AriaRole.Checkbox, new() { Name = "Báo cáo hoàn thành", Exact = true }).ClickAsync();
        var actions = unit.Locator("#form-done");
        await actions.GetByLabel("Nội dung báo cáo").FillAsync(narrative);
        await actions.GetByLabel("Sản phẩm đầu ra").FillAsync("Tờ trình số 27-TTr/ĐU ngày 25/11/2026");
        await actions.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "application/pdf", Buffer = SampleFiles.Pdf(narrative) });
        await Expect(actions.GetByText(file)).ToBeVisibleAsync();
        await actions.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo hoàn thành" }).ClickAsync();
        await Expect(unit.Locator("#task-summary")).ToContainTextAsync("Chờ xác nhận");
        await Expect(unit.Locator("#task-actions")).ToHaveCountAsync(0);
        await unit.Context.CloseAsync();
    }

    /// <summary>The leaders' formula over all time: tasks due and done, and due and overdue.</summary>
    private async Task<(int Done, int Overdue)> DashboardAsync()
    {
        var page = await portal.OpenAsync("/", "lanhdao");
        var formula = page.Locator("#formula-text");
        await Expect(formula).ToBeVisibleAsync();
        var done = int.Parse(await formula.Locator("a[data-tally='Done']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var overdue = int.Parse(await formula.Locator("a[data-tally='NotDoneOverdue']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.Context.CloseAsync();
        return (done, overdue);
    }

    private static async Task<string> DirectiveCountAsync(IPage page) =>
        await page.Locator("[data-directive-number='3'] .directive-done-count").InnerTextAsync();

    /// <summary>"1/5 hoàn thành" becomes "2/5 hoàn thành".</summary>
    private static string Advanced(string count)
    {
        var slash = count.IndexOf('/', StringComparison.Ordinal);
        return (int.Parse(count[..slash], System.Globalization.CultureInfo.InvariantCulture) + 1) + count[slash..];
    }

    /// <summary>Cổ Lễ's plan for its surplus offices: due 31/10/2026, overdue on the portal's day, its extension still undecided.</summary>
    private async Task<(int Task, int Session)> LandTaskAsync()
    {
        await using var db = await portal.DbAsync();
        var task = await db.FollowUpTasks
            .Where(t => t.LeadUnit.Name == "Đảng ủy xã Cổ Lễ" && t.OriginalDeadline == new DateOnly(2026, 10, 31))
            .Select(t => new { t.Id, t.Directive.ConclusionId }).SingleAsync();
        var session = await db.WorkSessions.Where(s => s.Conclusion!.Id == task.ConclusionId).Select(s => s.Id).SingleAsync();
        return (task.Id, session);
    }
}
