using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

/// <summary>
/// What a portal outside Development promises, each on a host of its own in that environment: the
/// transport headers and cookies (ASVS 14.4.5, 3.4.1), encrypted keys (6.4.1), pages for every
/// refused request (7.4.1), and a start that refuses the demo passwords.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ProductionHostTests
{
    /// <summary>HSTS is never sent to localhost: the portal is asked under the name an office would give it.</summary>
    private const string Site = "https://tinhuy.namdinh.gov.vn";

    [Fact]
    public async Task Strict_transport_security_is_a_year_with_subdomains_by_default_and_configurable()
    {
        await using (var host = new OwnHost("Production"))
        {
            using var response = await host.Client(Site).GetAsync("/account/login");
            response.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldBe("max-age=31536000; includeSubDomains");
        }

        await using var shorter = new OwnHost("Production", new Dictionary<string, string?>
        {
            ["Security:HstsMaxAge"] = "180.00:00:00",
            ["Security:HstsIncludeSubDomains"] = "false",
        });
        using var configured = await shorter.Client(Site).GetAsync("/account/login");
        configured.Headers.GetValues("Strict-Transport-Security").ShouldHaveSingleItem().ShouldBe("max-age=15552000");
    }

    [Fact]
    public async Task The_antiforgery_and_sign_in_cookies_are_Secure_and_HttpOnly()
    {
        await using var host = new OwnHost("Production");
        const string Password = "Rieng-Cua-Toi#4821";
        await host.CreateUserAsync("bao-mat", Password, PortalRoles.OfficeStaff);

        using var client = host.Client(Site);
        using var page = await client.GetAsync("/account/login");
        using var signIn = await FormPosts.SignInAsync(client, "bao-mat", Password);

        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("WorkSessions.Auth=", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, auth })
        {
            cookie.ShouldContain("secure", Case.Insensitive);
            cookie.ShouldContain("httponly", Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_data_protection_keys_are_stored_encrypted_with_the_configured_certificate()
    {
        await using var host = new OwnHost("Production");

        // The first page with a form makes the key ring.
        using var response = await host.Client(Site).GetAsync("/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WorkSessionsDbContext>>().CreateDbContextAsync();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml!.Contains("<encryptedSecret") && xml.Contains("EncryptedData") && !xml.Contains("<masterKey"));
    }

    [Fact]
    public async Task Without_a_certificate_the_portal_does_not_start_outside_Development_unless_told_to()
    {
        await using (var host = new OwnHost("Production", new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = null }))
        {
            var refusal = Should.Throw<Exception>(host.Start);
            Innermost(refusal).Message.ShouldContain("DataProtection:CertificatePath");
        }

        await using var allowed = new OwnHost("Production", new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = null,
            ["DataProtection:AllowUnprotectedKeys"] = "true",
        });
        using var response = await allowed.Client(Site).GetAsync("/account/login");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the operator chose to run without, and said so");
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Outside_Development_the_portal_does_not_start_while_a_demo_password_opens_an_account(string environment)
    {
        await using var host = new OwnHost(environment, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        var refusal = Should.Throw<Exception>(host.Start);

        Innermost(refusal).Message.ShouldContain("vẫn dùng mật khẩu demo");
    }

    [Theory]
    [InlineData("PUT", "/account/login", 405, "Không thực hiện được thao tác này")]
    [InlineData("PUT", "/account/logout", 405, "Không thực hiện được thao tác này")]
    [InlineData("POST", "/account/login", 400, "Yêu cầu không hợp lệ")]
    [InlineData("GET", "/khong-co-trang-nay", 404, "Không tìm thấy trang")]
    public async Task A_refused_request_gets_a_Vietnamese_page_with_a_request_id(string method, string path, int status, string title)
    {
        await using var host = new OwnHost("Production");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            // A form posted without its antiforgery token, as from a page left open too long or another site.
            request.Content = new FormUrlEncodedContent([new("_handler", "login"), new("Input.UserName", "ai-do"), new("Input.Password", "x")]);
        }

        using var response = await host.Client(Site).SendAsync(request);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await FormPosts.TextAsync(response);
        html.ShouldContain("<h1");
        html.ShouldContain(title);
        html.ShouldContain("Mã yêu cầu:");
        html.ShouldContain("lang=\"vi\"");
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
