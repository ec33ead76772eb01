namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// Headers on every response. The policy allows scripts only from the portal itself (no eval, no
/// inline script); inline styles stay allowed because MudBlazor sets style attributes.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Strict-Transport-Security outside Development (Program.cs): a year with subdomains by default,
    /// as ASVS 14.4.5 asks; <c>Security:HstsMaxAge</c>, <c>Security:HstsIncludeSubDomains</c> and
    /// <c>Security:HstsPreload</c> change it (a province whose other sites are not yet HTTPS-only turns
    /// subdomains off).
    /// </summary>
    public static IServiceCollection AddPortalTransportSecurity(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHsts(o =>
        {
            o.MaxAge = configuration.GetValue("Security:HstsMaxAge", TimeSpan.FromDays(365));
            o.IncludeSubDomains = configuration.GetValue("Security:HstsIncludeSubDomains", true);
            o.Preload = configuration.GetValue("Security:HstsPreload", false);
        });

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
