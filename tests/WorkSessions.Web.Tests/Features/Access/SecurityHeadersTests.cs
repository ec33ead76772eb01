using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/sessions")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await portal.Http.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").ShouldHaveSingleItem().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").ShouldHaveSingleItem().ShouldBe("strict-origin-when-cross-origin");
    }
}
