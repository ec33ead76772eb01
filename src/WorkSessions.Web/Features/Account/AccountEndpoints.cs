using Microsoft.AspNetCore.Identity;
using WorkSessions.Data.Identity;
using WorkSessions.Domain.Auditing;

namespace WorkSessions.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign a user out.</summary>
    public static void MapAccountEndpoints(this WebApplication app) =>
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<PortalUser> signIn, SecurityAudit audit) =>
        {
            var name = http.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (name is not null)
            {
                await audit.RecordAsync(name, AuditAction.SignedOut, name, "Đăng xuất");
            }

            return TypedResults.LocalRedirect("/account/login");
        });
}
