using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// A typed value cannot write a line of its own into the log (ASVS 7.3.1): a sign-in name with CR/LF,
/// posted as a script would post it (a browser's text box drops line breaks), is logged escaped.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LogForgingTests
{
    [Fact]
    public async Task A_sign_in_name_with_line_breaks_is_logged_on_its_own_line_escaped()
    {
        await using var host = new OwnHost("Development", new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        const string Forged = "FORGED 2026-12-04 05:00:00.000 +07:00 [INF] SignedIn for admin";
        using var client = host.Client("http://localhost");

        using var response = await FormPosts.SignInAsync(client, "gia-mao\r\n" + Forged + "\u2028x\u001b[31m", "sai-mat-khau");

        (await FormPosts.TextAsync(response)).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        var lines = host.ReadLog().Split('\n');
        lines.ShouldContain(l => l.Contains(@"gia-mao\r\nFORGED", StringComparison.Ordinal), "the name is in the log, written with its escapes");
        lines.ShouldNotContain(l => l.StartsWith("FORGED", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains('\u001b') || l.Contains('\u2028'));
    }
}
