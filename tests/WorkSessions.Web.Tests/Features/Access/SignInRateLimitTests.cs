using System.Net;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// Sign-in posts are limited per client. The shared portal raises the limit for the suite, so this
/// test starts its own host with a limit of three a minute.
/// </summary>
[Collection(Infrastructure.PortalCollection.Name)]
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly OwnHost _host = new("Development", new Dictionary<string, string?>
    {
        ["Accounts:SignInAttemptsPerMinute"] = "3",
        ["Accounts:PasswordChangeAttemptsPerMinute"] = "3",
    });

    [Fact]
    public async Task The_fourth_sign_in_post_in_a_minute_is_refused_with_a_Vietnamese_message_and_when_to_come_back()
    {
        using var client = _host.Client("http://localhost");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var form = new FormUrlEncodedContent([new("_handler", "login"), new("Input.UserName", "ai-do"), new("Input.Password", "doan-mo")]);
            using var response = await client.PostAsync("/account/login", form);
            statuses.Add(response.StatusCode);
            if (attempt == 3)
            {
                (await response.Content.ReadAsStringAsync()).ShouldContain("quá nhiều lần");

                // The window is a minute: the answer says how many seconds of it are left.
                var retryAfter = response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull();
                retryAfter.TotalSeconds.ShouldBeInRange(1, 60);
            }
        }

        statuses.Take(3).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
        using var page = await client.GetAsync("/account/login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "reading the sign-in page is not limited");
    }

    [Fact]
    public async Task The_fourth_change_password_post_in_a_minute_is_refused_whatever_the_current_password()
    {
        const string UserName = "doi-mat-khau";
        const string Password = "Rieng-Cua-Toi#4821";
        await _host.CreateUserAsync(UserName, Password, PortalRoles.OfficeStaff);

        using var client = _host.Client("http://localhost");
        using (var signIn = await FormPosts.SignInAsync(client, UserName, Password))
        {
            FormPosts.SignsIn(signIn).ShouldBeTrue();
        }

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Each post reads the form for its token first (a GET, not limited), as a script would.
            using var response = await FormPosts.PostAsync(client, "/account/password", "change-password",
                [new("Input.CurrentPassword", "doan-" + attempt), new("Input.NewPassword", "Moi@Mat-Khau-2026"), new("Input.ConfirmPassword", "Moi@Mat-Khau-2026")]);
            statuses.Add(response.StatusCode);
            if (attempt == 3)
            {
                (await FormPosts.TextAsync(response)).ShouldContain("Bạn đã thử quá nhiều lần. Vui lòng đợi");
                response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeInRange(1, 60);
            }
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }

    public void Dispose() => _host.Dispose();
}
