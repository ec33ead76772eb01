using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// Guessing passwords, as an attacker would try it (ASVS 2.2.1, 3.2.x of enumeration): a host of its
/// own, behind a "proxy" (forwarded headers on, as in production behind nginx), so that each request
/// can come from an address of the test's choosing, and with the real password hasher counted.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SignInThrottleTests : IDisposable
{
    private const string Leader = "lanhdao-thu";
    private const string Password = "Khong-Doan-Duoc#7291";
    private const string WrongAnswer = "Tên đăng nhập hoặc mật khẩu không đúng.";
    private const string Paused = "Đã nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau";

    private readonly ShiftedTimeProvider _clock = new(PortalFixture.Today);
    private readonly OwnHost _host;

    public SignInThrottleTests() =>
        _host = new OwnHost(
            "Development",
            new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = "true", ["Accounts:SignInAttemptsPerMinute"] = "1000" },
            services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<CountingHasher>();
                services.AddSingleton<IPasswordHasher<PortalUser>>(sp => sp.GetRequiredService<CountingHasher>());
            });

    /// <summary>The leader's account, on this test's own database.</summary>
    private Task CreateLeaderAsync() => _host.CreateUserAsync(Leader, Password, PortalRoles.Leadership);

    [Fact]
    public async Task A_real_name_and_an_unknown_name_get_the_same_answers_and_cost_the_same_work()
    {
        await CreateLeaderAsync();
        using var client = _host.Client("http://localhost");
        var hasher = _host.Services.GetRequiredService<CountingHasher>();
        var answers = new Dictionary<string, List<string>>();
        var checks = new Dictionary<string, List<int>>();
        foreach (var name in new[] { Leader, "khong-co-ai-ten-nay" })
        {
            answers[name] = [];
            checks[name] = [];
            for (var attempt = 0; attempt < 6; attempt++)
            {
                var before = hasher.Verifications;
                using var response = await FormPosts.SignInAsync(client, name, "doan-bua-" + attempt, "10.0.0.7");
                checks[name].Add(hasher.Verifications - before);
                var text = await FormPosts.TextAsync(response);
                answers[name].Add(text.Contains(Paused, StringComparison.Ordinal) ? "paused" : text.Contains(WrongAnswer, StringComparison.Ordinal) ? "wrong" : "other");
            }
        }

        // Five wrong answers, then a pause, for both; the pause checks no password at all.
        answers[Leader].ShouldBe(["wrong", "wrong", "wrong", "wrong", "wrong", "paused"]);
        answers["khong-co-ai-ten-nay"].ShouldBe(answers[Leader], "an unknown name is answered as a real one");
        checks[Leader].ShouldBe([1, 1, 1, 1, 1, 0]);
        checks["khong-co-ai-ten-nay"].ShouldBe(checks[Leader], "an unknown name's password is hashed as a real one's: the same time");
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_do_not_lock_the_leader_out_at_another()
    {
        await CreateLeaderAsync();
        using var attacker = _host.Client("http://localhost");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await FormPosts.SignInAsync(attacker, Leader, "doan-bua-" + attempt, "203.0.113.9");
        }

        using (var right = await FormPosts.SignInAsync(attacker, Leader, Password, "203.0.113.9"))
        {
            FormPosts.SignsIn(right).ShouldBeFalse("the attacker's address is paused for this name, even with the right password");
            (await FormPosts.TextAsync(right)).ShouldContain(Paused + " 15 phút.");
        }

        using var leader = _host.Client("http://localhost");
        using var signIn = await FormPosts.SignInAsync(leader, Leader, Password, "10.1.2.3");
        FormPosts.SignsIn(signIn).ShouldBeTrue("the leader, at the office's address, signs in as usual");
    }

    [Fact]
    public async Task Guesses_from_many_addresses_are_slowed_to_a_few_a_minute_and_the_leader_waits_a_minute_at_most()
    {
        await CreateLeaderAsync();
        using var attacker = _host.Client("http://localhost");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var _ = await FormPosts.SignInAsync(attacker, Leader, "doan-bua-" + attempt, $"198.51.100.{attempt + 1}");
        }

        // Past ten failures each try waits 1, 2, 4 … seconds after the last one, from any address.
        using (var next = await FormPosts.SignInAsync(attacker, Leader, "doan-tiep", "198.51.100.50"))
        {
            (await FormPosts.TextAsync(next)).ShouldContain(Paused + " 1 giây.");
        }

        _clock.Advance(TimeSpan.FromSeconds(2));
        using (var later = await FormPosts.SignInAsync(attacker, Leader, "doan-tiep", "198.51.100.51"))
        {
            (await FormPosts.TextAsync(later)).ShouldContain(WrongAnswer, customMessage: "after the wait, a guess is checked again");
        }

        for (var attempt = 0; attempt < 12; attempt++)
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            using var _ = await FormPosts.SignInAsync(attacker, Leader, "doan-nua-" + attempt, $"198.51.100.{100 + attempt}");
        }

        using var leader = _host.Client("http://localhost");
        using (var waiting = await FormPosts.SignInAsync(leader, Leader, Password, "10.1.2.3"))
        {
            (await FormPosts.TextAsync(waiting)).ShouldContain(Paused + " 1 phút.", customMessage: "the wait never grows past a minute");
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        using var signIn = await FormPosts.SignInAsync(leader, Leader, Password, "10.1.2.3");
        FormPosts.SignsIn(signIn).ShouldBeTrue();
    }

    public void Dispose() => _host.Dispose();

    /// <summary>The portal's own hasher (PBKDF2, the configured iterations), with its verifications counted.</summary>
    private sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<PortalUser>
    {
        private readonly PasswordHasher<PortalUser> _hasher = new(options);
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(PortalUser user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
