using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data;
using WorkSessions.Domain.Conclusions;
using WorkSessions.Domain.Tasks;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Features.Overview;
using WorkSessions.Web.Features.Sessions;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Testing;

namespace WorkSessions.Benchmarks.Province;

/// <summary>
/// <c>province FILE [RUNS]</c>: times the queries behind the portal's pages on a generated province,
/// through the portal's own services, as the pages call them. Each case runs a few times to warm
/// up, then RUNS times (100 by default); it prints the median, the 95th percentile, the SQL
/// commands per call and the rows it returned, so that a figure can be checked against its page.
/// </summary>
internal static class ProvinceTimings
{
    private const int Warmup = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: province FILE [RUNS]   (FILE made by the generate command)");
            return 2;
        }

        var runs = args.Length > 2 && args[2] != "explain" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
        await using var portal = ProvincePortal.Start(args[1]);
        var explain = args.Length > 2 && args[2] == "explain";
        using var counter = new SqlCommandLog(keepCommands: explain);
        int trucNinh, haiHau;
        await using (var scope = portal.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync())
        {
            trucNinh = await db.WorkSessions.Where(s => s.HostUnit.Name == "Huyện ủy Trực Ninh").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            haiHau = await db.Units.Where(u => u.Name == "Huyện ủy Hải Hậu").Select(u => u.Id).SingleAsync();
            Console.WriteLine($"{args[1]}: {await db.WorkSessions.CountAsync()} sessions, {await db.Directives.CountAsync()} directives, " +
                $"{await db.FollowUpTasks.CountAsync()} tasks, {await db.Set<ProgressUpdate>().CountAsync()} progress updates; {runs} runs a case");
        }

        var office = PortalRoles.OfficeStaff;
        var byDeadline = nameof(TaskListItem.CurrentDeadline);
        var byUnit = nameof(TaskListItem.LeadUnit);
        var economy = new TaskFilter { Field = DirectiveField.Economy };
        var inProgress = new TaskFilter { State = TaskState.InProgress };

        await Time(portal, counter, runs, "/tasks, no filter, attention order, page 1", office, null, (s, ct) => Tasks(s, null, new TaskFilter(), new PageRequest(0, 20), ct));
        await Time(portal, counter, runs, "/tasks, no filter, attention order, page 50", office, null, (s, ct) => Tasks(s, null, new TaskFilter(), new PageRequest(49, 20), ct));
        await Time(portal, counter, runs, "/tasks, field = Kinh tế, by deadline, page 1", office, null, (s, ct) => Tasks(s, null, economy, new PageRequest(0, 20, byDeadline), ct));
        await Time(portal, counter, runs, "/tasks, field = Kinh tế, by deadline, page 50", office, null, (s, ct) => Tasks(s, null, economy, new PageRequest(49, 20, byDeadline), ct));
        await Time(portal, counter, runs, "/tasks, state = đang thực hiện, by unit, page 1", office, null, (s, ct) => Tasks(s, null, inProgress, new PageRequest(0, 20, byUnit), ct));
        await Time(portal, counter, runs, "/tasks, state = đang thực hiện, by unit, page 50", office, null, (s, ct) => Tasks(s, null, inProgress, new PageRequest(49, 20, byUnit, true), ct));
        await Time(portal, counter, runs, "/tasks as Huyện ủy Hải Hậu, page 1", PortalRoles.UnitUser, haiHau, (s, ct) => Tasks(s, null, new TaskFilter(), new PageRequest(0, 20), ct));
        await Time(portal, counter, runs, "unit home (open tasks), Huyện ủy Hải Hậu", PortalRoles.UnitUser, haiHau, async (s, ct) => (await s.GetRequiredService<TaskQueries>().UnitBoardAsync(ct)).Count);
        await Time(portal, counter, runs, "dashboard, 2024, all units", PortalRoles.Leadership, null, async (s, ct) =>
            (await s.GetRequiredService<DashboardQueries>().GetAsync(new DateTime(2024, 1, 1), new DateTime(2024, 12, 31), ct)).Total.Due);
        await Time(portal, counter, runs, "dashboard, all twenty years", PortalRoles.Leadership, null, async (s, ct) =>
            (await s.GetRequiredService<DashboardQueries>().GetAsync(null, null, ct)).Total.Due);
        await Time(portal, counter, runs, "search \"nong thon moi\" in /sessions, page 1", office, null, (s, ct) => Sessions(s, "nong thon moi", ct));
        await Time(portal, counter, runs, "search \"giai phong mat bang\" in /tasks, page 1", office, null, (s, ct) => Tasks(s, "giai phong mat bang", new TaskFilter(), new PageRequest(0, 20), ct));
        await Time(portal, counter, runs, "search \"thuy\" (Thủy, Thuỷ) in /sessions, page 1", office, null, (s, ct) => Sessions(s, "thuy", ct));
        await Time(portal, counter, runs, "/sessions, no search, page 1", office, null, (s, ct) => Sessions(s, null, ct));
        await Time(portal, counter, runs, "session detail, Trực Ninh 08/6/2021", office, null, async (s, ct) =>
            (await s.GetRequiredService<SessionQueries>().GetAsync(trucNinh, ct))!.TaskCount);
        return 0;
    }

    private static async Task<int> Tasks(IServiceProvider services, string? search, TaskFilter filter, PageRequest page, CancellationToken ct) =>
        (await services.GetRequiredService<TaskQueries>().ListAsync(search, filter, page, ct)).TotalCount;

    private static async Task<int> Sessions(IServiceProvider services, string? search, CancellationToken ct) =>
        (await services.GetRequiredService<SessionQueries>().ListAsync(search, new SessionFilter(), new PageRequest(0, 20), ct)).TotalCount;

    /// <summary>Times one case: a scope signed in as the role, as a page's circuit would have it.</summary>
    private static async Task Time(ProvincePortal portal, SqlCommandLog counter, int runs, string name, string role, int? unitId, Func<IServiceProvider, CancellationToken, Task<int>> call)
    {
        await using var scope = portal.ScopeAs(role, unitId);
        if (counter.KeepCommands)
        {
            // "explain": each command of one call with SQLite's plan for it, instead of timings.
            counter.Clear();
            await call(scope.ServiceProvider, CancellationToken.None);
            Console.WriteLine($"## {name}");
            foreach (var command in counter.Commands)
            {
                Console.WriteLine(command.Text);
                (await SqlCommandLog.ExplainAsync(portal.DatabaseFile, command)).ToList().ForEach(step => Console.WriteLine("   -> " + step));
            }

            return;
        }

        var rows = 0;
        for (var i = 0; i < Warmup; i++)
        {
            rows = await call(scope.ServiceProvider, CancellationToken.None);
        }

        var ms = new double[runs];
        var commandsBefore = counter.Count;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(scope.ServiceProvider, CancellationToken.None);
            ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var commands = (counter.Count - commandsBefore) / (double)runs;
        Array.Sort(ms);
        Console.WriteLine($"| {name} | {Percentile(ms, 0.50):F1} ms | {Percentile(ms, 0.95):F1} ms | {ms[^1]:F1} ms | {commands:F0} | {rows:N0} |");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
