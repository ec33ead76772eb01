using System.Globalization;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// <c>backup</c> while a unit keeps reporting, <c>restore</c> refused over the live portal, then
/// restored into a new file that a second portal starts on: what was saved before the backup began
/// is there, and the file is sound.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BackupRestoreTests(FaultsFixture browsers, ITestOutputHelper output)
{
    private const string Marker = "Báo cáo trước sao lưu";

    [Fact]
    public async Task A_backup_taken_during_writes_restores_to_a_working_portal_and_restore_refuses_a_live_one()
    {
        var folder = FaultsFixture.NewFolder("backup");
        var live = browsers.SeededDatabase(folder);
        var restored = Path.Combine(folder, "restored.db");
        var backup = Path.Combine(folder, "backups", "worksessions-backup.db");
        var portal = new PortalProcess(live, Path.Combine(folder, "live"));
        var second = new PortalProcess(restored, Path.Combine(folder, "restored"));
        try
        {
            await portal.StartAsync();
            var task = FaultsFixture.OpenTasksOf(live, "Đảng ủy xã Cổ Lễ")[0];
            var page = await browsers.OpenAsync(portal.BaseUrl, $"/tasks/{task}", "cole");
            var acknowledged = new Acknowledgements();
            using var stop = new CancellationTokenSource();
            var writes = ReportAsync(page, acknowledged, stop.Token);
            await acknowledged.WaitForAsync(3, [writes], TimeSpan.FromSeconds(60));

            // The backup starts while the page goes on saving.
            var before = acknowledged.ToArray();
            var (code, said) = await portal.RunCommandAsync("backup", backup);
            var duringBackup = acknowledged.Count - before.Length;
            await stop.CancelAsync();
            await writes;
            code.ShouldBe(0, said);
            said.ShouldContain("integrity_check: ok");
            output.WriteLine($"acknowledged before the backup: {before.Length}; during it: {duringBackup}; backup size: {new FileInfo(backup).Length} bytes");

            // Over the live portal, restore refuses and leaves the file alone.
            var (refused, why) = await portal.RunCommandAsync("restore", backup);
            refused.ShouldBe(2, why);
            why.ShouldContain("Hãy dừng mọi nút web");
            (await portal.HealthAsync()).ShouldBe(System.Net.HttpStatusCode.OK);
            await page.Context.CloseAsync();

            var (restoredCode, restoredSaid) = await second.RunCommandAsync("restore", backup);
            restoredCode.ShouldBe(0, restoredSaid);
            await second.StartAsync();
            using (var db = FaultsFixture.Open(restored))
            {
                FaultsFixture.Scalar(db, "PRAGMA integrity_check;").ShouldBe("ok");
                var stored = FaultsFixture.Column(db, $"SELECT Narrative FROM ProgressUpdate WHERE Narrative LIKE '{Marker}%'");
                before.Except(stored).ShouldBeEmpty("every report saved before the backup began is in it");
            }

            var check = await browsers.OpenAsync(second.BaseUrl, $"/tasks/{task}", "cole");
            await Expect(check.Locator("#task-timeline")).ToContainTextAsync(before[^1]);
            await check.Context.CloseAsync();
        }
        finally
        {
            await portal.DisposeAsync();
            await second.DisposeAsync();
            FaultsFixture.DeleteFolder(folder);
        }
    }

    private static async Task ReportAsync(IPage page, Acknowledgements acknowledged, CancellationToken stop)
    {
        var form = page.Locator("#form-progress");
        for (var n = 1; n <= 200 && !stop.IsCancellationRequested; n++)
        {
            var narrative = string.Create(CultureInfo.InvariantCulture, $"{Marker} số {n}.");
            await form.GetByLabel("Nội dung báo cáo").FillAsync(narrative);
            await form.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync(((n % 98) + 1).ToString(CultureInfo.InvariantCulture));
            await form.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
            await Expect(page.Locator("#task-timeline")).ToContainTextAsync(narrative);
            acknowledged.Add(narrative);
        }
    }
}
