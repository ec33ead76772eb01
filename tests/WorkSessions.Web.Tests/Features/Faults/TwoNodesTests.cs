using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// Two portal processes on one SQLite file behind nginx (ip_hash), as deploy/two-nodes.sh sets
/// them up: a user stays on one node, and keeps their session when that node dies; both nodes'
/// notification jobs record each event once; two leaders issuing on the two nodes at the same
/// moment get two different, consecutive numbers of their committee.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed partial class TwoNodesTests(FaultsFixture browsers, TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>, IAsyncLifetime
{
    public Task InitializeAsync() => nodes.StartAsync(browsers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_user_stays_on_one_node_and_stays_signed_in_when_that_node_dies()
    {
        var page = await browsers.OpenAsync(nodes.Proxy.BaseUrl, "/sessions", "vanphong");
        var first = await UpstreamAsync(page);
        (await UpstreamAsync(page)).ShouldBe(first, "ip_hash keeps a client on its node");
        var serving = nodes.ByPort(first);
        var other = nodes.Other(serving);

        await serving.KillAsync();
        try
        {
            // Same browser, same cookie, the other node: still signed in, and its circuit runs through nginx's WebSocket.
            (await UpstreamAsync(page)).ShouldBe(other.Port);
            new Uri(page.Url).AbsolutePath.ShouldBe("/sessions");
            await Expect(page.Locator("main[data-interactive='true']")).ToHaveCountAsync(1);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Buổi làm việc");
            using var db = FaultsFixture.Open(nodes.Database);
            FaultsFixture.Scalar(db, "SELECT COUNT(*) FROM DataProtectionKeys").ShouldBe("1", "both nodes protect cookies with the one key in the database");
        }
        finally
        {
            await page.Context.CloseAsync();
            await serving.StartAsync(serving.Port);
        }
    }

    [Fact]
    public async Task Both_nodes_notification_jobs_record_a_completion_report_once()
    {
        var task = FaultsFixture.OpenTasksOf(nodes.Database, "Đảng ủy xã Cổ Lễ")[^1];
        var unit = await browsers.OpenAsync(nodes.A.BaseUrl, $"/tasks/{task}", "cole");
        await unit.GetByRole(AriaRole.Checkbox, new() { Name = "Báo cáo hoàn thành", Exact = true }).ClickAsync();
        var form = unit.Locator("#form-done");
        await form.GetByLabel("Nội dung báo cáo").FillAsync("Đã hoàn thành việc rà soát trên cả hai nút.");
        await form.GetByLabel("Sản phẩm đầu ra").FillAsync("Báo cáo số 31-BC/ĐU");
        await form.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo hoàn thành" }).ClickAsync();
        await Expect(unit.Locator("#task-summary")).ToContainTextAsync("Chờ xác nhận");
        await unit.Context.CloseAsync();

        using var db = FaultsFixture.Open(nodes.Database);
        var update = FaultsFixture.Scalar(db, $"SELECT MAX(Id) FROM ProgressUpdate WHERE FollowUpTaskId = {task} AND ReportsCompletion = 1");
        var key = $"done:{update}";
        await nodes.WaitAsync(() => FaultsFixture.Scalar(db, $"SELECT COUNT(*) FROM Notifications WHERE EventKey = '{key}'") != "0", "the completion report to be notified");

        // Both jobs run every second: two more runs on each node have both seen the event on record.
        var runsA = Runs(nodes.A.Log);
        var runsB = Runs(nodes.B.Log);
        await nodes.WaitAsync(() => Runs(nodes.A.Log) >= runsA + 2 && Runs(nodes.B.Log) >= runsB + 2, "two more notification runs on each node");

        FaultsFixture.Scalar(db, $"SELECT COUNT(*) FROM Notifications WHERE EventKey = '{key}'").ShouldBe("1");
        var rows = int.Parse(FaultsFixture.Scalar(db, "SELECT COUNT(*) FROM Notifications"), CultureInfo.InvariantCulture);
        var writtenA = Written(nodes.A.Log);
        var writtenB = Written(nodes.B.Log);
        (writtenA + writtenB).ShouldBe(rows - nodes.NotificationsBefore, "each row since the nodes started was written by exactly one node");
        (nodes.A.Log + nodes.B.Log).ShouldNotContain("Notification run failed");
        output.WriteLine($"notifications: {rows} rows; written by node A: {writtenA}, by node B: {writtenB}");
    }

    [Fact]
    public async Task Leaders_issuing_on_both_nodes_at_the_same_moment_get_two_consecutive_numbers()
    {
        var office = await browsers.OpenAsync(nodes.A.BaseUrl, "/sessions/1", "vanphong");
        var drafts = new List<int>();
        foreach (var session in new[] { 1, 2 })
        {
            await office.GotoAsync($"{nodes.A.BaseUrl}/sessions/{session}");
            await office.Locator("main[data-interactive='true']").WaitForAsync();
            await office.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo thông báo" }).ClickAsync();
            await office.WaitForURLAsync(u => u.Contains("/notices/", StringComparison.Ordinal));
            drafts.Add(int.Parse(new Uri(office.Url).Segments[^1], CultureInfo.InvariantCulture));
        }

        await office.Context.CloseAsync();

        // Each committee numbers on its own (Trực Ninh's notice is Tỉnh ủy Nam Định's, Cổ Lễ's Tỉnh ủy
        // Ninh Bình's): for the two issues to race for one counter, both drafts are Ninh Bình's.
        using (var arrange = FaultsFixture.Open(nodes.Database))
        {
            FaultsFixture.Scalar(arrange, $"UPDATE ConclusionNotices SET IssuingUnitId = (SELECT IssuingUnitId FROM ConclusionNotices WHERE Id = {drafts[1]}) WHERE Id = {drafts[0]} RETURNING Id")
                .ShouldBe(drafts[0].ToString(CultureInfo.InvariantCulture));
        }

        var leaders = new[] { await browsers.OpenAsync(nodes.A.BaseUrl, $"/notices/{drafts[0]}", "lanhdao"), await browsers.OpenAsync(nodes.B.BaseUrl, $"/notices/{drafts[1]}", "lanhdao") };
        foreach (var leader in leaders)
        {
            await leader.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
            await Expect(leader.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        }

        // Both confirmations at once, one on each node.
        await Task.WhenAll(leaders.Select(l => l.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync()));
        foreach (var leader in leaders)
        {
            await Expect(leader.GetByText(IssuedMessage())).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await leader.Context.CloseAsync();
        }

        using var db = FaultsFixture.Open(nodes.Database);
        var numbers = FaultsFixture.Column(db, $"SELECT CAST(Number AS TEXT) FROM ConclusionNotices WHERE Id IN ({drafts[0]}, {drafts[1]}) AND Status = 'Issued'")
            .Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Order().ToList();
        numbers.Count.ShouldBe(2);
        (numbers[1] - numbers[0]).ShouldBe(1, "two numbers, one after the other, none given twice");
        output.WriteLine($"numbers issued at once on the two nodes: {string.Join(", ", numbers)}");
    }

    private static async Task<int> UpstreamAsync(IPage page)
    {
        var response = await page.ReloadAsync();
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        var upstream = response!.Headers["x-upstream"];

        // After a failover nginx names every node it tried: the last one answered.
        return int.Parse(upstream.Split(',')[^1].Trim().Split(':')[^1], CultureInfo.InvariantCulture);
    }

    private static int Runs(string log) => NotificationRun().Count(log);

    private static int Written(string log) => NotificationRun().Matches(log).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Notification run: (\d+) new")]
    private static partial Regex NotificationRun();

    [GeneratedRegex(@"Đã ban hành Thông báo số \d+-TB/TU\.")]
    private static partial Regex IssuedMessage();
}

/// <summary>The two nodes on a copy of the seeded database, and nginx in front of them, for the whole class (started by the first test).</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string _folder = FaultsFixture.NewFolder("two-nodes");

    public string Database { get; private set; } = string.Empty;

    /// <summary>The seeded copy's notifications, written before these nodes ran.</summary>
    public int NotificationsBefore { get; private set; }

    public PortalProcess A { get; private set; } = null!;

    public PortalProcess B { get; private set; } = null!;

    public NginxProcess Proxy { get; private set; } = null!;

    public PortalProcess ByPort(int port) => A.Port == port ? A : B.Port == port ? B : throw new InvalidOperationException($"No node on port {port}.");

    public PortalProcess Other(PortalProcess node) => node == A ? B : A;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts both nodes at once (the file is migrated and seeded already) and nginx; later calls find them running.</summary>
    public async Task StartAsync(FaultsFixture fixture)
    {
        if (Proxy is not null)
        {
            return;
        }

        Database = fixture.SeededDatabase(_folder);
        using (var db = FaultsFixture.Open(Database))
        {
            NotificationsBefore = int.Parse(FaultsFixture.Scalar(db, "SELECT COUNT(*) FROM Notifications"), CultureInfo.InvariantCulture);
        }

        var settings = new Dictionary<string, string>
        {
            ["Notifications__Interval"] = "00:00:01",
            ["Serilog__MinimumLevel__Override__WorkSessions.Web.Features.Notifications.NotificationJob"] = "Debug",
        };
        A = new PortalProcess(Database, Path.Combine(_folder, "node-a"), settings);
        B = new PortalProcess(Database, Path.Combine(_folder, "node-b"), settings);
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        Proxy = await NginxProcess.StartAsync(Path.Combine(_folder, "nginx"), A.Port, B.Port);
    }

    /// <summary>
    /// Waits, for at most 30 s, until the condition holds, checking it again whenever either node
    /// writes a line: each notification run logs one, so a row it wrote is seen at the next line.
    /// </summary>
    public async Task WaitAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var next = Task.WhenAny(A.NextLineAsync(), B.NextLineAsync());
            if (condition())
            {
                return;
            }

            try
            {
                await next.WaitAsync(TimeSpan.FromSeconds(30) - clock.Elapsed);
            }
            catch (Exception e) when (e is TimeoutException or ArgumentOutOfRangeException)
            {
                throw new TimeoutException($"Waited 30 s for {what}.\nNode A:\n{A.Log}\nNode B:\n{B.Log}", e);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        if (A is not null)
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }

        FaultsFixture.DeleteFolder(_folder);
    }
}
