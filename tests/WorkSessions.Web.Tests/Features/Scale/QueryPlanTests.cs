using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Sessions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Tests.Infrastructure;
using WorkSessions.Testing;

namespace WorkSessions.Web.Tests.Features.Scale;

/// <summary>
/// The queries behind the task list, the dashboard and the session page, on a generated province
/// (3 % of the full twenty years, with SQLite's statistics): SQLite's own plan for every command
/// they send must read tasks and progress updates through an index, never the whole table, and the
/// number of commands must not grow with the rows shown (no N+1). The speed itself is measured by
/// the benchmarks (docs/performance.md), not here.
/// </summary>
[Collection(ScaleCollection.Name)]
public sealed partial class QueryPlanTests(PortalFixture portal)
{

    public static TheoryData<string> ListCases => [.. Cases.Keys];

    /// <summary>What the pages ask for: the dashboard's links, the filters of the task list and the unit's home.</summary>
    private static readonly Dictionary<string, (string Role, Func<IServiceProvider, int, Task> Call)> Cases = new()
    {
        ["list, overdue in 2024, by deadline"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter { AssignedFrom = new(2024, 1, 1), AssignedTo = new(2024, 12, 31), Tally = TaskTally.NotDoneOverdue }, size, nameof(TaskListItem.CurrentDeadline))),
        ["list, done on time in 2024"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter { AssignedFrom = new(2024, 1, 1), AssignedTo = new(2024, 12, 31), Tally = TaskTally.DoneOnTime }, size)),
        ["list, in progress, by unit"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter { State = TaskState.InProgress }, size, nameof(TaskListItem.LeadUnit))),
        ["list, due soon"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter { Position = TimePosition.DueSoon }, size)),
        ["list, field Kinh tế, by deadline"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter { Field = DirectiveField.Economy }, size, nameof(TaskListItem.CurrentDeadline))),
        ["list, one session"] = (PortalRoles.OfficeStaff, async (s, size) => await List(s, new TaskFilter { SessionId = await TrucNinhAsync(s) }, size)),
        ["list, one chairing leader"] = (PortalRoles.OfficeStaff, async (s, size) => await List(s, new TaskFilter { LeaderId = await ChairAsync(s) }, size)),
        ["list, search without diacritics"] = (PortalRoles.OfficeStaff, (s, size) => List(s, new TaskFilter(), size, search: "nong thon moi")),
        ["list, a unit user's"] = (PortalRoles.UnitUser, (s, size) => List(s, new TaskFilter(), size)),
        ["unit home"] = (PortalRoles.UnitUser, async (s, _) => await s.GetRequiredService<TaskQueries>().UnitBoardAsync()),
        ["dashboard, 2024"] = (PortalRoles.Leadership, async (s, _) => await s.GetRequiredService<DashboardQueries>().GetAsync(new DateTime(2024, 1, 1), new DateTime(2024, 12, 31))),
        ["session page"] = (PortalRoles.OfficeStaff, async (s, _) => await s.GetRequiredService<SessionQueries>().GetAsync(await TrucNinhAsync(s))),
    };

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task Reads_tasks_and_progress_updates_through_an_index(string name)
    {
        var commands = await RunAsync(name, 20);
        commands.ShouldNotBeEmpty();
        var fullReads = new List<string>();
        foreach (var command in commands)
        {
            var tables = TableAlias().Matches(command.Text).Where(m => m.Groups["table"].Value is "FollowUpTasks" or "ProgressUpdate").Select(m => m.Groups["alias"].Value).ToHashSet();
            foreach (var step in await SqlCommandLog.ExplainAsync(portal.DatabaseFile, command))
            {
                // "SCAN f" reads the whole table; "SCAN f USING INDEX" walks an index in order, which only a LIMIT may stop.
                var scan = ScanStep().Match(step);
                if (scan.Success && tables.Contains(scan.Groups["alias"].Value) && !(step.Contains("USING INDEX", StringComparison.Ordinal) && command.Text.Contains("LIMIT", StringComparison.Ordinal)))
                {
                    fullReads.Add($"{step}\n  in: {command.Text}");
                }
            }
        }

        fullReads.ShouldBeEmpty(string.Join("\n\n", fullReads));
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task Sends_as_many_commands_for_a_long_page_as_for_a_short_one(string name)
    {
        var short20 = await RunAsync(name, 20);
        var long100 = await RunAsync(name, 100);
        long100.Count.ShouldBe(short20.Count, string.Join("\n\n", long100.Select(c => c.Text)));
    }

    [Fact]
    public async Task Shows_a_generated_session_with_as_many_commands_as_the_Truc_Ninh_one()
    {
        await GeneratedProvince.EnsureAsync(portal);
        await using var scope = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var sessions = scope.ServiceProvider.GetRequiredService<SessionQueries>();
        int generated;
        await using (var db = await portal.DbAsync())
        {
            // Twenty tasks and five or six people, against Trực Ninh's ten tasks and three people.
            generated = await db.WorkSessions.Where(s => s.HostUnit.Name == "Huyện ủy Hải Hậu" && s.Conclusion != null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        }

        using var log = new SqlCommandLog();
        (await sessions.GetAsync(await TrucNinhAsync(scope.ServiceProvider))).ShouldNotBeNull();
        var trucNinh = log.Commands.Count;
        log.Clear();
        var shown = (await sessions.GetAsync(generated))!;
        shown.TaskCount.ShouldBe(20);

        // Trực Ninh also has files and a notice to look up; a query per task or per person would make the generated one cost more.
        log.Commands.Count.ShouldBeLessThanOrEqualTo(trucNinh, string.Join("\n\n", log.Commands.Select(c => c.Text)));
    }

    private async Task<IReadOnlyList<SqlCommandRecord>> RunAsync(string name, int pageSize)
    {
        await GeneratedProvince.EnsureAsync(portal);
        var (role, call) = Cases[name];
        await using var scope = await portal.ScopeAsAsync(role, "Huyện ủy Hải Hậu");
        await call(scope.ServiceProvider, pageSize); // warm: the first call also reads the model and the user
        using var log = new SqlCommandLog();
        await call(scope.ServiceProvider, pageSize);
        return log.Commands;
    }

    private static async Task List(IServiceProvider services, TaskFilter filter, int size, string? sortBy = null, string? search = null) =>
        await services.GetRequiredService<TaskQueries>().ListAsync(search, filter, new PageRequest(0, size, sortBy));

    /// <summary>The official who chaired the most generated sessions.</summary>
    private static async Task<int> ChairAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkSessions.Data.WorkSessionsDbContext>>().CreateDbContextAsync();
        return await db.Set<Attendance>().Where(a => a.Role == AttendanceRole.Chair && a.OfficialId != null)
            .GroupBy(a => a.OfficialId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
    }

    private static async Task<int> TrucNinhAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkSessions.Data.WorkSessionsDbContext>>().CreateDbContextAsync();
        return await db.WorkSessions.Where(s => s.HostUnit.Name == "Huyện ủy Trực Ninh").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex TableAlias();

    [GeneratedRegex("^SCAN (?<alias>\\w+)")]
    private static partial Regex ScanStep();
}
