using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Notifications;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Features.Notifications;

/// <summary>Who a notification is for, asked both ways: what a person's bell shows, and whom an e-mail goes to.</summary>
public sealed class NotificationRecipients
{
    /// <summary>The notifications a person reads: their unit's, or their role's on the provincial side.</summary>
    public static Expression<Func<Notification, bool>> For(UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var unit = access.Roles.Contains(PortalRoles.UnitUser) ? access.UnitId : null;
        var office = access.Roles.Contains(PortalRoles.OfficeStaff);
        var leader = access.Roles.Contains(PortalRoles.Leadership);
        return n => (n.Audience == NotificationAudience.Unit && n.UnitId == unit)
            || (n.Audience == NotificationAudience.OfficeStaff && office)
            || (n.Audience == NotificationAudience.Leadership && leader);
    }

    /// <summary>The active accounts with an e-mail address that read this notification.</summary>
    public async Task<IReadOnlyList<(string Name, string Address)>> EmailsAsync(WorkSessionsDbContext db, Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notification);
        var role = notification.Audience switch
        {
            NotificationAudience.OfficeStaff => PortalRoles.OfficeStaff,
            NotificationAudience.Leadership => PortalRoles.Leadership,
            _ => PortalRoles.UnitUser,
        };
        var users =
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == role && u.IsActive && u.Email != null && u.Email != ""
            where notification.Audience != NotificationAudience.Unit || u.UnitId == notification.UnitId
            select new { u.FullName, u.Email };
        return [.. (await users.Distinct().ToListAsync(ct)).Select(u => (u.FullName, u.Email!))];
    }
}
