using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;
using WorkSessions.Web.Shared.Access;

namespace WorkSessions.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST with an antiforgery token, checked here (a minimal API without form binding
    /// is not checked by the middleware alone), so another site cannot sign a user out. It changes the
    /// account's security stamp: every copy of the sign-in cookie is refused from its next request
    /// (cookies are checked on every request), on every web node, not only the browser that signed out.
    /// </summary>
    public static void MapAccountEndpoints(this WebApplication app) =>
        app.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<PortalUser> signIn, SecurityAudit audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var name = http.User.Identity?.Name;
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            if (name is not null)
            {
                await audit.RecordAsync(name, AuditAction.SignedOut, name, "Đăng xuất");
            }

            return Results.LocalRedirect("/account/login");
        });
}
