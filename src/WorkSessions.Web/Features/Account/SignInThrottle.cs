using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkSessions.Data;
using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Features.Account;

/// <summary>The throttle's limits (configuration section <c>Accounts:Throttle</c>).</summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures of one name from one address that pause that address for that name.</summary>
    public int FailuresPerAddress { get; set; } = 5;

    /// <summary>How long failures count, and how long the pause of one address lasts.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures of one name from all addresses together before each further try must wait.</summary>
    public int FreeFailuresPerName { get; set; } = 10;

    /// <summary>The longest wait between two tries of one name: a leader is kept waiting no longer than this.</summary>
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Slows password guessing without letting anyone lock out a leader. Failures are counted per typed
/// name, whether or not such a user exists, so the answers for real and unknown names are the same:
/// <list type="bullet">
/// <item>five wrong passwords for one name from one address pause that address for that name (15 minutes);
/// the leader, at another address, signs in as before;</item>
/// <item>past ten failures of one name from all addresses, each further try waits 1, 2, 4 … seconds,
/// at most a minute: many addresses together get a few tries a minute, and the leader waits a minute at most;</item>
/// <item>each address is also limited in posts per minute (the rate limiter), whatever the name.</item>
/// </list>
/// The sign-in form and the change-password form count the same failures.
/// </summary>
public sealed class SignInThrottle(IDbContextFactory<WorkSessionsDbContext> factory, TimeProvider clock, IOptions<SignInThrottleOptions> options)
{
    private readonly SignInThrottleOptions _limits = options.Value;

    /// <summary>How long this address must wait before it may try this name again; null when it may now.</summary>
    public async Task<TimeSpan?> WaitAsync(string userName, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = KeyOf(userName);
        await using var db = await factory.CreateDbContextAsync(ct);

        // One read: a name's failures in the window are few, since paused tries are not recorded.
        var recent = await db.SignInFailures.Where(f => f.NameKey == key && f.AtUtc > now - _limits.Window)
            .Select(f => new { f.Address, f.AtUtc }).ToListAsync(ct);
        if (recent.Count == 0)
        {
            return null;
        }

        var until = DateTime.MinValue;
        var fromHere = recent.Where(f => f.Address == address).Select(f => f.AtUtc).OrderDescending().ToList();
        if (fromHere.Count >= _limits.FailuresPerAddress)
        {
            until = fromHere[_limits.FailuresPerAddress - 1] + _limits.Window;
        }

        if (recent.Count >= _limits.FreeFailuresPerName)
        {
            var latest = recent.Max(f => f.AtUtc);
            var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, recent.Count - _limits.FreeFailuresPerName), _limits.MaximumDelay.TotalSeconds));
            until = Later(until, latest + delay);
        }

        return until > now ? until - now : null;
    }

    public async Task RecordFailureAsync(string userName, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.SignInFailures.Where(f => f.AtUtc <= now - _limits.Window).ExecuteDeleteAsync(ct);
        db.SignInFailures.Add(new SignInFailure(KeyOf(userName), AddressOf(address), now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>After a successful sign-in, or when an administrator resets the password (a new password deserves a clean count).</summary>
    public async Task ForgetAsync(string userName, CancellationToken ct = default)
    {
        var key = KeyOf(userName);
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.SignInFailures.Where(f => f.NameKey == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>The client's address as the throttle keys it (behind nginx, the forwarded one).</summary>
    public static string AddressOf(HttpContext http) => AddressOf(http.Connection.RemoteIpAddress?.ToString());

    /// <summary>Names compare as Identity compares them (upper case), so "LanhDao" and "lanhdao" share one count.</summary>
    internal static string KeyOf(string userName)
    {
        var key = userName.Trim().ToUpperInvariant();
        return key.Length <= SignInFailure.NameKeyMaxLength ? key : key[..SignInFailure.NameKeyMaxLength];
    }

    private static string AddressOf(string? address) =>
        string.IsNullOrEmpty(address) ? "unknown" : address.Length <= SignInFailure.AddressMaxLength ? address : address[..SignInFailure.AddressMaxLength];

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
