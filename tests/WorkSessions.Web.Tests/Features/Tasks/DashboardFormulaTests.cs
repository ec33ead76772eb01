using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>
/// The reporting formula for the Trực Ninh session, day by day with the clock set here, against
/// figures counted by hand. The seed's five tasks with deadlines were all confirmed (four on time,
/// the production-chain plan ten days late); the test gives three ongoing tasks deadlines in 2027,
/// then walks past them with an extension and two late completions.
/// </summary>
[Collection(DashboardFormulaCollection.Name)]
public sealed class DashboardFormulaTests(PortalFixture portal)
{
    private static readonly DateTime SessionDay = new(2021, 6, 8);

    [Fact]
    public async Task The_formula_for_the_Truc_Ninh_session_matches_the_hand_count_before_on_and_after_the_deadlines()
    {
        var inspection = await TaskAsync("kiểm tra, giám sát");   // deadline 10/3/2027, then extended to 15/4/2027
        var welfare = await TaskAsync("an sinh xã hội");          // deadline 20/3/2027, done a day late
        var structure = await TaskAsync("chuyển đổi cơ cấu");     // deadline 31/3/2027, never done
        await GiveDeadlineAsync(inspection, new DateOnly(2027, 3, 10));
        await GiveDeadlineAsync(welfare, new DateOnly(2027, 3, 20));
        await GiveDeadlineAsync(structure, new DateOnly(2027, 3, 31));
        try
        {
            // Before any new deadline: only the seed's five, 4 on time and 1 late.
            await OnAsync(2027, 3, 9);
            await ShouldCountAsync(assigned: 10, due: 5, done: 5, onTime: 4, late: 1, notDone: 0, stillOnTime: 0, overdue: 0, rate: 80m);

            await AsUnitAsync(f => f.RequestExtensionAsync(inspection, Version(inspection), new ExtensionForm { ProposedDeadline = new DateTime(2027, 4, 15), Reason = "Chờ kết luận thanh tra của tỉnh." }));
            await AsAsync(PortalRoles.Leadership, f => f.DecideExtensionAsync(inspection, Version(inspection), approve: true, "Đồng ý."));

            // On the inspection task's original deadline: due, not done, but within its extension.
            await OnAsync(2027, 3, 10);
            await ShouldCountAsync(assigned: 10, due: 6, done: 5, onTime: 4, late: 1, notDone: 1, stillOnTime: 1, overdue: 0, rate: 66.7m);

            // The day after the welfare task's deadline: it is overdue.
            await OnAsync(2027, 3, 21);
            await ShouldCountAsync(assigned: 10, due: 7, done: 5, onTime: 4, late: 1, notDone: 2, stillOnTime: 1, overdue: 1, rate: 57.1m);

            // Reported that day and confirmed: done, and late against its deadline.
            await AsUnitAsync(f => f.ReportDoneAsync(welfare, Version(welfare), new CompletionForm { Narrative = "Đã chi trả đủ chế độ.", OutputDocument = "Báo cáo số 88-BC/HU" }, []));
            await AsAsync(PortalRoles.OfficeStaff, f => f.ConfirmAsync(welfare, Version(welfare)));
            await ShouldCountAsync(assigned: 10, due: 7, done: 6, onTime: 4, late: 2, notDone: 1, stillOnTime: 1, overdue: 0, rate: 57.1m);

            // After the structure task's deadline; the inspection task is done within its extension, which is still late against the original.
            await OnAsync(2027, 4, 1);
            await ShouldCountAsync(assigned: 10, due: 8, done: 6, onTime: 4, late: 2, notDone: 2, stillOnTime: 1, overdue: 1, rate: 50m);
            await AsUnitAsync(f => f.ReportDoneAsync(inspection, Version(inspection), new CompletionForm { Narrative = "Đã xử lý dứt điểm 3 điểm nóng.", OutputDocument = "Báo cáo số 91-BC/HU" }, []));
            await ShouldCountAsync(assigned: 10, due: 8, done: 6, onTime: 4, late: 2, notDone: 2, stillOnTime: 1, overdue: 1, rate: 50m);
            await AsAsync(PortalRoles.OfficeStaff, f => f.ConfirmAsync(inspection, Version(inspection)));
            await ShouldCountAsync(assigned: 10, due: 8, done: 7, onTime: 4, late: 3, notDone: 1, stillOnTime: 0, overdue: 1, rate: 50m);

            // Weeks later nothing moves but the day.
            await OnAsync(2027, 4, 16);
            await ShouldCountAsync(assigned: 10, due: 8, done: 7, onTime: 4, late: 3, notDone: 1, stillOnTime: 0, overdue: 1, rate: 50m);
        }
        finally
        {
            portal.Clock.MoveTo(PortalFixture.Today);
        }
    }

    private readonly Dictionary<int, int> _versions = [];

    private int Version(int task) => _versions[task];

    private async Task OnAsync(int year, int month, int day)
    {
        portal.Clock.MoveTo(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(7)));
        await RefreshVersionsAsync();
    }

    private async Task RefreshVersionsAsync()
    {
        await using var db = await portal.DbAsync();
        foreach (var task in await db.FollowUpTasks.Select(t => new { t.Id, t.Version }).ToListAsync())
        {
            _versions[task.Id] = task.Version;
        }
    }

    private Task AsUnitAsync(Func<TaskFollowUp, Task<FormResult>> act) => AsAsync(PortalRoles.UnitUser, act);

    private async Task AsAsync(string role, Func<TaskFollowUp, Task<FormResult>> act)
    {
        await RefreshVersionsAsync();
        await using var scope = await portal.ScopeAsAsync(role);
        var result = await act(scope.ServiceProvider.GetRequiredService<TaskFollowUp>());
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Said().Values));
        await RefreshVersionsAsync();
    }

    /// <summary>The total, the Trực Ninh line, and the register's own count behind each figure all agree with the hand count.</summary>
    private async Task ShouldCountAsync(int assigned, int due, int done, int onTime, int late, int notDone, int stillOnTime, int overdue, decimal rate)
    {
        var expected = new Tally(assigned, due, done, onTime, late, notDone, stillOnTime, overdue);
        await using var scope = await portal.ScopeAsAsync(PortalRoles.Leadership);
        var dashboard = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().GetAsync(SessionDay, SessionDay);

        dashboard.Total.ShouldBe(expected);
        dashboard.Total.OnTimeRate.ShouldBe(rate);
        dashboard.ByUnit.Single().ShouldSatisfyAllConditions(
            line => line.Name.ShouldBe("Huyện ủy Trực Ninh"),
            line => line.Tally.ShouldBe(expected));
        dashboard.ByLeader.Single().Tally.ShouldBe(expected);
        dashboard.ByField.Sum(f => f.Tally.Due).ShouldBe(due);

        var register = scope.ServiceProvider.GetRequiredService<TaskQueries>();
        foreach (var cell in Tally.Cells)
        {
            var filter = dashboard.Period.Copy();
            filter.Tally = cell;
            (await register.ListAsync(null, filter, new PageRequest(0, 100))).TotalCount.ShouldBe(expected[cell], $"the list behind {cell?.ToString() ?? "Assigned"}");
        }
    }

    private async Task<int> TaskAsync(string directiveWords)
    {
        await using var db = await portal.DbAsync();
        return await db.FollowUpTasks
            .Where(t => t.LeadUnit.Name == "Huyện ủy Trực Ninh" && db.Directives.Any(d => d.Id == t.DirectiveId && d.Text.Contains(directiveWords)))
            .Select(t => t.Id).SingleAsync();
    }

    /// <summary>The office corrects an ongoing task to one with a deadline, as it may before the unit has reported on it.</summary>
    private async Task GiveDeadlineAsync(int id, DateOnly deadline)
    {
        await using var db = await portal.DbAsync();
        var task = await db.FollowUpTasks.Include(t => t.LeadUnit).Include(t => t.CoordinatingUnits).ThenInclude(c => c.Unit).SingleAsync(t => t.Id == id);
        task.State.ShouldBe(TaskState.NotStarted);
        task.CorrectAssignment(task.LeadUnit, task.CoordinatingUnits.Select(c => c.Unit), deadline, task.ExpectedOutput, task.ReportingSchedule);
        await db.SaveChangesAsync();
    }
}
