using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notifications;
using WorkSessions.Web.Features.Notifications;
using WorkSessions.Web.Features.Tasks;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>
/// Telling people: the job's producer on two nodes at once tells each event once, a run after a
/// restart repeats nothing, the bell counts what is unseen, and e-mail reaches a real SMTP server
/// on loopback with its Vietnamese subject and body intact.
/// </summary>
[Collection(TrackingCollection.Name)]
public sealed class NotificationTests(PortalFixture portal)
{
    [Fact]
    public async Task Two_nodes_running_the_job_at_once_tell_each_event_once_and_a_restart_repeats_nothing()
    {
        var task = await ReturnedTaskAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunProducerAsync()));

        await using var db = await portal.DbAsync();
        var keys = await db.Notifications.Select(n => n.EventKey).ToListAsync();
        keys.ShouldBeUnique();
        var returned = await db.Notifications.SingleAsync(n => n.FollowUpTaskId == task && n.Kind == NotificationKind.Returned);
        returned.Audience.ShouldBe(NotificationAudience.Unit);
        returned.UnitId.ShouldBe(await portal.UnitIdAsync("Đảng ủy xã Cổ Lễ"));
        returned.Text.ShouldStartWith("Văn phòng trả lại báo cáo hoàn thành: ý kiến số 5 – Bảo đảm an ninh chính trị");
        returned.Text.ShouldEndWith("Lý do: Chưa có số liệu tháng 11.");
        (await db.Notifications.CountAsync(n => n.FollowUpTaskId == task && n.Kind == NotificationKind.ReportedDone)).ShouldBe(1);

        // A new node, or this one after a restart, finds everything told already.
        (await RunProducerAsync()).ShouldBe(0);
        runs.Sum().ShouldBeLessThanOrEqualTo(keys.Count);
    }

    [Fact]
    public async Task The_bell_counts_what_the_unit_has_not_seen_and_opening_it_marks_them_seen()
    {
        await ReturnedTaskAsync();
        await RunProducerAsync();
        var page = await portal.OpenAsync("/", "cole");
        var badge = page.Locator("#notification-badge .mud-badge");
        await Expect(badge).ToBeVisibleAsync();
        var unseen = int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        unseen.ShouldBeGreaterThan(0);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Thông báo ({unseen} chưa xem)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = "Báo cáo hoàn thành bị trả lại" }).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.ReloadAsync();
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Thông báo", Exact = true })).ToBeVisibleAsync();
        await Expect(badge).ToBeHiddenAsync();
        await page.Context.CloseAsync();

        // Office staff read the completion reports, not the unit's returns.
        await using var office = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var inbox = await office.ServiceProvider.GetRequiredService<NotificationInbox>().GetAsync();
        inbox.Latest.ShouldNotBeEmpty();
        inbox.Latest.ShouldAllBe(n => n.Kind == NotificationKind.ReportedDone);
    }

    [Fact]
    public async Task Email_reaches_a_real_SMTP_server_once_with_its_Vietnamese_subject_and_body()
    {
        await ReturnedTaskAsync();
        await RunProducerAsync();
        await using (var db = await portal.DbAsync())
        {
            var cole = await db.Users.SingleAsync(u => u.UserName == "cole");
            cole.Email = "vanphong.coLe@example.vn";
            await db.SaveChangesAsync();
        }

        var port = FreePort();
        var store = new CollectingStore();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(store);
        using var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), provider);
        var running = server.StartAsync(stop.Token);
        try
        {
            var settings = Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, Security = "None", From = "theodoi@tinhuy.vn" });

            // Two nodes send at once: each notification is mailed by one of them.
            var sent = await Task.WhenAll(MailerAsync(settings), MailerAsync(settings));

            await using var db = await portal.DbAsync();
            (await db.Notifications.CountAsync(n => n.EmailedAtUtc == null)).ShouldBe(0);
            var coLe = await portal.UnitIdAsync("Đảng ủy xã Cổ Lễ");
            var forColE = await db.Notifications.CountAsync(n => n.Audience == NotificationAudience.Unit && n.UnitId == coLe && n.EmailedAtUtc != null);
            store.Messages.Count.ShouldBe(sent.Sum());
            var returned = store.Messages.Select(m => MimeMessage.Load(new MemoryStream(m)))
                .Single(m => m.Subject == "[Theo dõi kết luận] Báo cáo hoàn thành bị trả lại" && (m.TextBody ?? string.Empty).Contains("ý kiến số 5", StringComparison.Ordinal));
            returned.Bcc.Count.ShouldBe(0, "recipients do not see each other");
            store.Recipients.Distinct().ShouldBe(["vanphong.coLe@example.vn"]);
            returned.From.Mailboxes.Single().Name.ShouldBe("Theo dõi kết luận – Văn phòng Tỉnh ủy");
            var body = returned.TextBody ?? string.Empty;
            body.ShouldContain("Văn phòng trả lại báo cáo hoàn thành: ý kiến số 5 – Bảo đảm an ninh chính trị");
            body.ShouldContain("Lý do: Chưa có số liệu tháng 11.");
            store.Messages.Count.ShouldBeLessThanOrEqualTo(forColE, "only Cổ Lễ's account has an address");
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
                // how the server reports that it stopped listening, depending on where it was
            }
        }
    }

    private async Task<int> MailerAsync(IOptions<EmailOptions> settings)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<NotificationMailer>(scope.ServiceProvider, settings).SendPendingAsync();
    }

    private async Task<int> RunProducerAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationProducer>().RunAsync();
    }

    /// <summary>Cổ Lễ reports its security task done and the office returns it; once per portal, the other tests find it so.</summary>
    private async Task<int> ReturnedTaskAsync()
    {
        await using var db = await portal.DbAsync();
        var id = await db.FollowUpTasks.Where(t => t.LeadUnit.Name == "Đảng ủy xã Cổ Lễ" && t.Directive.Text.Contains("an ninh chính trị")).Select(t => t.Id).SingleAsync();
        if (await db.Set<WorkSessions.Domain.Tasks.CompletionReview>().AnyAsync(r => r.FollowUpTaskId == id && !r.Accepted))
        {
            return id;
        }

        await using (var unit = await portal.ScopeAsAsync(PortalRoles.UnitUser, "Đảng ủy xã Cổ Lễ"))
        {
            var follow = unit.ServiceProvider.GetRequiredService<TaskFollowUp>();
            var unitTasks = unit.ServiceProvider.GetRequiredService<TaskQueries>();
            (await follow.ReportDoneAsync(id, (await unitTasks.CurrentVersionAsync(id))!.Value, new CompletionForm { Narrative = "Tình hình an ninh ổn định.", OutputDocument = "Báo cáo số 30-BC/ĐU" }, []))
                .Succeeded.ShouldBeTrue();
        }

        // The job runs while the report waits, as it would in the minutes before the office reads it.
        await RunProducerAsync();
        await using var office = await portal.ScopeAsAsync(PortalRoles.OfficeStaff);
        var review = office.ServiceProvider.GetRequiredService<TaskFollowUp>();
        var tasks = office.ServiceProvider.GetRequiredService<TaskQueries>();
        (await review.ReturnAsync(id, (await tasks.CurrentVersionAsync(id))!.Value, "Chưa có số liệu tháng 11.")).Succeeded.ShouldBeTrue();
        return id;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class CollectingStore : MessageStore
    {
        public ConcurrentBag<byte[]> Messages { get; } = [];

        /// <summary>The envelope's recipients of each message: Bcc is not a header on the wire.</summary>
        public ConcurrentBag<string> Recipients { get; } = [];

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Messages.Add(buffer.ToArray());
            foreach (var to in transaction.To)
            {
                Recipients.Add($"{to.User}@{to.Host}");
            }

            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
