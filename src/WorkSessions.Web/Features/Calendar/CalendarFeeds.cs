using WorkSessions.Documents.Calendar;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;
using WorkSessions.Web.Shared.Access;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Calendar;

/// <summary>
/// A person's calendar feed of planned sessions, for a leader's calendar app. Calendar apps cannot
/// sign in, so the feed's address carries a secret of 256 random bits; the feed shows what its owner
/// may see (a unit user: their unit's sessions only), and a new address makes the old one stop working.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<WorkSessionsDbContext> factory, UserScopes scopes, CurrentUser user, SecurityAudit audit, TimeProvider clock)
{
    /// <summary>Planned sessions of the last month are kept, so a session moved a little stays visible.</summary>
    private const int DaysBack = 31;

    private const int MaxEvents = 500;

    public const string Path = "/calendar/sessions.ics";

    /// <summary>The feed's path with its key for the signed-in person, or null when they have none.</summary>
    public async Task<string?> MineAsync(CancellationToken ct = default)
    {
        var access = await RequireAsync("Xem địa chỉ lịch của mình", ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var token = await db.Users.Where(u => u.UserName == access.UserName).Select(u => u.CalendarFeedToken).SingleOrDefaultAsync(ct);
        return token is null ? null : AddressOf(token);
    }

    /// <summary>Gives the signed-in person a new feed address; an earlier one stops working.</summary>
    public async Task<string> RenewAsync(CancellationToken ct = default)
    {
        var access = await RequireAsync("Tạo địa chỉ lịch mới", ct);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await SetAsync(access.UserName, token);
        return AddressOf(token);
    }

    public async Task RevokeAsync(CancellationToken ct = default)
    {
        var access = await RequireAsync("Thu hồi địa chỉ lịch", ct);
        await SetAsync(access.UserName, null);
    }

    /// <summary>The iCalendar text for the feed's key, or null for a key that opens nothing (unknown, revoked, or a disabled user).</summary>
    public async Task<string?> FeedAsync(string? key, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 64)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.CalendarFeedToken == key && u.IsActive, ct);
        if (owner is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == owner.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, role) => role.Name!).ToListAsync(ct);
        var access = new UserAccess(owner.UserName!, roles.ToHashSet(), owner.UnitId);
        var from = clock.Today().AddDays(-DaysBack);
        // A planned session whose day is not fixed yet has no place in a calendar; it appears once it has a day.
        var sessions = Visibility.Sessions(db, access).AsNoTracking().Where(s => s.Status == WorkSessionStatus.Planned && s.HeldOn >= from && s.DatePrecision == DatePrecision.Day);

        var stamp = clock.GetUtcNow().UtcDateTime;
        var events = await sessions.OrderBy(s => s.HeldOn).ThenBy(s => s.StartTime).Take(MaxEvents)
            .Select(s => new { s.Id, s.HeldOn, s.StartTime, s.Title, s.Place, Host = s.HostUnit.Name, s.Subjects })
            .ToListAsync(ct);
        return CalendarFile.Write("Buổi làm việc dự kiến", events.Select(s => new CalendarEvent(
            $"worksession-{s.Id}@worksessions",
            s.HeldOn,
            s.StartTime,
            s.Title,
            s.Place,
            $"Đơn vị làm việc: {s.Host}\nNội dung: {s.Subjects}",
            stamp)));
    }

    private static string AddressOf(string token) => $"{Path}?key={token}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task SetAsync(string userName, string? token)
    {
        await using var scope = scopes.Create();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var account = await users.FindByNameAsync(userName) ?? throw new AccessDeniedException();
        account.CalendarFeedToken = token;
        await users.UpdateAsync(account);
    }

    private Task<UserAccess> RequireAsync(string detail, CancellationToken ct) =>
        audit.RequireAsync(user, a => a.IsAuthenticated, "CalendarFeed", detail, ct);
}
