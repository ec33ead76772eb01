using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkSessions.Data;
using WorkSessions.Domain.Notifications;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>
/// Sends each notification by e-mail to the people it is for, when SMTP is configured. A node
/// first claims a notification in one UPDATE that only one node can win, so two nodes never send
/// the same mail; a claim left by a node that died is taken over after ten minutes.
/// </summary>
public sealed class NotificationMailer(
    IDbContextFactory<WorkSessionsDbContext> factory,
    NotificationRecipients recipients,
    TimeProvider clock,
    IOptions<EmailOptions> email,
    IOptions<NotificationOptions> options,
    IStringLocalizer<SharedResource> l,
    ILogger<NotificationMailer> logger)
{
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Sends what is waiting; returns how many messages went out.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        var settings = email.Value;
        if (!settings.IsEnabled)
        {
            return 0;
        }

        // Mail is written in Vietnamese whatever the server's culture: it goes to the office and the units.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationExtensions.Vietnamese);
        await using var db = await factory.CreateDbContextAsync(ct);
        var waiting = await db.Notifications.AsNoTracking().Where(n => n.EmailedAtUtc == null).OrderBy(n => n.Id).Select(n => n.Id).Take(200).ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return 0;
        }

        using var smtp = new SmtpClient();
        var addresses = new Dictionary<(NotificationAudience, int?), IReadOnlyList<(string Name, string Address)>>();
        var sent = 0;
        foreach (var id in waiting)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stale = now - ClaimLifetime;
            var claimed = await db.Notifications
                .Where(n => n.Id == id && n.EmailedAtUtc == null && (n.EmailClaimedAtUtc == null || n.EmailClaimedAtUtc < stale))
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.EmailClaimedAtUtc, now), ct);
            if (claimed == 0)
            {
                continue; // another node has it
            }

            var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id, ct);
            // The people of one audience are read once a run, not once a notification.
            var audience = (notification.Audience, notification.UnitId);
            if (!addresses.TryGetValue(audience, out var to))
            {
                addresses[audience] = to = await recipients.EmailsAsync(db, notification, ct);
            }

            if (to.Count > 0)
            {
                if (!smtp.IsConnected)
                {
                    await smtp.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security), ct);
                    if (!string.IsNullOrEmpty(settings.UserName))
                    {
                        await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
                    }
                }

                await smtp.SendAsync(Message(notification, to, settings), ct);
                sent++;
            }

            await db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(n => n.SetProperty(x => x.EmailedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, ct);
        }

        logger.LogInformation("Sent {Count} notification e-mails", sent);
        return sent;
    }

    private MimeMessage Message(Notification notification, IReadOnlyList<(string Name, string Address)> to, EmailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        foreach (var (name, address) in to)
        {
            message.Bcc.Add(new MailboxAddress(name, address));
        }

        message.Subject = $"[Theo dõi kết luận] {l.Of(notification.Kind)}";
        var link = string.IsNullOrWhiteSpace(options.Value.PortalUrl) ? null : $"{options.Value.PortalUrl.TrimEnd('/')}/tasks/{notification.FollowUpTaskId}";
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {notification.Text}

                {(link is null ? "Mở cổng Theo dõi kết luận, mục Nhiệm vụ, để xem chi tiết." : $"Xem nhiệm vụ: {link}")}

                Thư này do hệ thống gửi tự động; xin đừng trả lời thư.
                Văn phòng Tỉnh ủy
                """,
        };
        return message;
    }
}
