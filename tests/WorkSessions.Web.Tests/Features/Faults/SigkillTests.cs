using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// Units report progress from three browsers at once; the portal is killed with SIGKILL in the
/// middle of it and started again on the same file. Every report a page had shown as saved must be
/// there, with its audit row, and SQLite must find the file sound.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class SigkillTests(FaultsFixture browsers, ITestOutputHelper output)
{
    private const string Marker = "Báo cáo dồn dập";

    /// <summary>How many acknowledged saves the burst reaches before the kill.</summary>
    private const int AcknowledgedBeforeKill = 10;

    [Fact]
    public async Task A_portal_killed_mid_burst_loses_no_acknowledged_save_and_its_database_stays_sound()
    {
        var folder = FaultsFixture.NewFolder("sigkill");
        var database = browsers.SeededDatabase(folder);
        var portal = new PortalProcess(database, Path.Combine(folder, "node"));
        try
        {
            await portal.StartAsync();
            var trucNinh = FaultsFixture.OpenTasksOf(database, "Huyện ủy Trực Ninh");
            var coLe = FaultsFixture.OpenTasksOf(database, "Đảng ủy xã Cổ Lễ");
            var reporters = new (string User, int Task)[] { ("trucninh", trucNinh[0]), ("trucninh", trucNinh[1]), ("cole", coLe[0]) };
            var pages = new List<IPage>();
            foreach (var (user, task) in reporters)
            {
                pages.Add(await browsers.OpenAsync(portal.BaseUrl, $"/tasks/{task}", user));
            }

            var acknowledged = new Acknowledgements();
            var sent = 0;
            using var killed = new CancellationTokenSource();
            var bursts = pages.Select((page, i) => BurstAsync(page, i, acknowledged, () => Interlocked.Increment(ref sent), killed.Token)).ToList();

            await acknowledged.WaitForAsync(AcknowledgedBeforeKill, bursts, TimeSpan.FromSeconds(90));
            bursts.Where(b => b.IsFaulted).ShouldBeEmpty("a report failed before the kill:\n" + portal.Log);
            await portal.KillAsync();
            killed.Cancel();
            var ackedAtKill = acknowledged.ToArray();
            var sentAtKill = Volatile.Read(ref sent);

            // The pages had no server left: closing them ends any wait on a save that never answered.
            foreach (var page in pages)
            {
                await page.Context.CloseAsync();
            }

            await Task.WhenAll(bursts.Select(b => b.ContinueWith(_ => { }, TaskScheduler.Default)));

            var restart = Stopwatch.StartNew();
            await portal.StartAsync();
            restart.Stop();

            using (var db = FaultsFixture.Open(database))
            {
                FaultsFixture.Scalar(db, "PRAGMA integrity_check;").ShouldBe("ok");
                var stored = FaultsFixture.Column(db, $"SELECT Narrative FROM ProgressUpdate WHERE Narrative LIKE '{Marker}%'");
                stored.ShouldBeUnique();
                ackedAtKill.Except(stored).ShouldBeEmpty("a save the page had shown as done is missing after the kill");
                var audited = FaultsFixture.Scalar(db, $"""
                    SELECT COUNT(*) FROM ProgressUpdate p
                    WHERE p.Narrative LIKE '{Marker}%'
                      AND NOT EXISTS (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'ProgressUpdate' AND a.EntityId = CAST(p.Id AS TEXT))
                    """);
                audited.ShouldBe("0", "every stored report has its audit row: they commit together");
                output.WriteLine($"acknowledged before the kill: {ackedAtKill.Length}; sent: {sentAtKill}; stored after restart: {stored.Count}; restart to /health 200: {restart.ElapsedMilliseconds} ms");
            }

            // The restarted portal works on the same file: the last acknowledged report of Cổ Lễ shows on its task.
            var last = ackedAtKill.Last(n => n.StartsWith($"{Marker} 2-", StringComparison.Ordinal));
            var again = await browsers.OpenAsync(portal.BaseUrl, $"/tasks/{coLe[0]}", "cole");
            await Expect(again.Locator("#task-timeline")).ToContainTextAsync(last);
            await again.Context.CloseAsync();
            (await portal.HealthAsync()).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await portal.DisposeAsync();
            FaultsFixture.DeleteFolder(folder);
        }
    }

    /// <summary>One unit user sending progress reports one after another, each acknowledged when the page shows it in the task's history.</summary>
    private static async Task BurstAsync(IPage page, int reporter, Acknowledgements acknowledged, Action sending, CancellationToken killed)
    {
        var form = page.Locator("#form-progress");
        try
        {
            // Bounded: the kill comes long before.
            for (var n = 1; n <= 200 && !killed.IsCancellationRequested; n++)
            {
                var narrative = string.Create(CultureInfo.InvariantCulture, $"{Marker} {reporter}-{n}: đã kiểm tra tiến độ tại cơ sở.");
                await form.GetByLabel("Nội dung báo cáo").FillAsync(narrative);
                await form.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync(((n % 98) + 1).ToString(CultureInfo.InvariantCulture));
                sending();
                await form.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
                await Expect(page.Locator("#task-timeline")).ToContainTextAsync(narrative, new() { Timeout = 20_000 });
                acknowledged.Add(narrative);
            }
        }
        catch (PlaywrightException) when (killed.IsCancellationRequested)
        {
            // The server went away under this page: what it had not seen acknowledged does not count.
        }
    }
}
