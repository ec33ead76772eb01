using System.Net;
using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// Another process holds the database's write lock (as a stuck script or a copy tool would): reads
/// go on in WAL mode, saves cannot. The person sees why above the form with what they typed still
/// there, /health says 503, and both come back by themselves when the lock is let go.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseUnavailableTests(FaultsFixture browsers, ITestOutputHelper output)
{
    private const string Unavailable = "Không lưu được vì cơ sở dữ liệu tạm thời không sẵn sàng. Dữ liệu bạn nhập vẫn còn trên trang; hãy thử lại sau ít phút.";

    [Fact]
    public async Task A_locked_database_refuses_the_save_with_a_message_keeps_the_text_turns_health_503_and_recovers_by_itself()
    {
        var folder = FaultsFixture.NewFolder("unavailable");
        var database = browsers.SeededDatabase(folder);

        // A save waits for a lock as long as the connection's Default Timeout (30 s unless set); 1 s keeps the test short.
        await using var portal = new PortalProcess(database, Path.Combine(folder, "node"), new Dictionary<string, string>
        {
            ["ConnectionStrings__WorkSessions"] = $"Data Source={database};Default Timeout=1",
        });
        try
        {
            await portal.StartAsync();
            var task = FaultsFixture.OpenTasksOf(database, "Đảng ủy xã Cổ Lễ")[0];
            var page = await browsers.OpenAsync(portal.BaseUrl, $"/tasks/{task}", "cole");
            var form = page.Locator("#form-progress");
            const string narrative = "Đã rà soát hồ sơ 12 thôn, còn 2 thôn chưa nộp biên bản.";
            await form.GetByLabel("Nội dung báo cáo").FillAsync(narrative);
            await form.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("70");

            using (var holder = FaultsFixture.Open(database))
            {
                using (var begin = holder.CreateCommand())
                {
                    begin.CommandText = "BEGIN EXCLUSIVE;";
                    begin.ExecuteNonQuery();
                }

                var down = await portal.WaitForHealthAsync(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));
                output.WriteLine($"/health 503 after the lock was taken: {down.TotalMilliseconds:F0} ms");

                await form.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
                await Expect(page.Locator("#task-error")).ToHaveTextAsync(Unavailable, new() { Timeout = 20_000 });
                await Expect(form.GetByLabel("Nội dung báo cáo")).ToHaveValueAsync(narrative);
                await Expect(form.GetByLabel("Tỷ lệ hoàn thành (%)")).ToHaveValueAsync("70");
                await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
                await Expect(page.Locator("main[data-interactive='true']")).ToHaveCountAsync(1);

                // Signing in writes too (the audit row): the sign-in form says the same, instead of an error page.
                var context = await browsers.Browser.NewContextAsync(new() { Locale = "vi-VN" });
                var login = await context.NewPageAsync();
                await login.GotoAsync(portal.BaseUrl + "/account/login");
                await PortalFixture.SubmitSignInAsync(login, "vanphong", PortalFixture.DemoPassword);
                await Expect(login.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Unavailable, new() { Timeout = 20_000 });
                new Uri(login.Url).AbsolutePath.ShouldBe("/account/login");
                (await context.CookiesAsync()).ShouldNotContain(c => c.Name == "WorkSessions.Auth", "no one is signed in without the audit row");
                await context.CloseAsync();

                using var release = holder.CreateCommand();
                release.CommandText = "ROLLBACK;";
                release.ExecuteNonQuery();
            }

            var up = await portal.WaitForHealthAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(20));
            output.WriteLine($"/health 200 after the lock was let go: {up.TotalMilliseconds:F0} ms");

            // The same page, the same typed text, sent again: it goes through and the message goes away.
            await form.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
            await Expect(page.Locator("#task-timeline")).ToContainTextAsync(narrative);
            await Expect(page.Locator("#task-error")).ToHaveCountAsync(0);
            await page.Context.CloseAsync();

            using var db = FaultsFixture.Open(database);
            FaultsFixture.Column(db, $"SELECT Narrative FROM ProgressUpdate WHERE FollowUpTaskId = {task}").Count(n => n == narrative).ShouldBe(1);
            portal.Log.ShouldContain("The database is unavailable; Báo cáo tiến độ was not saved");
        }
        finally
        {
            await portal.StopAsync();
            FaultsFixture.DeleteFolder(folder);
        }
    }
}
