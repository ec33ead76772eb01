using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>The bell: how many notifications the person has not seen, the newest ones, and "seen" when they open it.</summary>
public sealed class NotificationInbox(IDbContextFactory<WorkSessionsDbContext> factory, CurrentUser user)
{
    public const int Shown = 15;

    public async Task<InboxView> GetAsync(CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        if (!access.IsAuthenticated)
        {
            return InboxView.Empty;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var seen = await db.Users.Where(u => u.UserName == access.UserName).Select(u => u.NotificationsSeenUpTo).SingleOrDefaultAsync(ct);
        var mine = db.Notifications.AsNoTracking().Where(NotificationRecipients.For(access));
        var unseen = await mine.CountAsync(n => n.Id > seen, ct);
        var latest = await mine.OrderByDescending(n => n.Id).Take(Shown)
            .Select(n => new NotificationView(n.Id, n.Kind, n.FollowUpTaskId, n.Text, n.CreatedAtUtc, n.Id > seen))
            .ToListAsync(ct);
        return new InboxView(unseen, latest);
    }

    /// <summary>Marks everything up to the newest shown as seen; only ever moves forward.</summary>
    public async Task MarkSeenAsync(int upTo, CancellationToken ct = default)
    {
        var access = await user.GetAccessAsync();
        if (!access.IsAuthenticated)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.UserName == access.UserName && u.NotificationsSeenUpTo < upTo)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.NotificationsSeenUpTo, upTo), ct);
    }
}

public sealed record InboxView(int Unseen, IReadOnlyList<NotificationView> Latest)
{
    public static readonly InboxView Empty = new(0, []);
}

public sealed record NotificationView(int Id, WorkSessions.Domain.Notifications.NotificationKind Kind, int TaskId, string Text, DateTime CreatedAtUtc, bool IsNew);
