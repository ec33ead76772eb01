using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using WorkSessions.Data.Auditing;
using WorkSessions.Data.Identity;

namespace WorkSessions.Web.Shared.Access;

/// <summary>
/// The signed-in person of this circuit or request. Components read it from the authentication
/// state (which works while prerendering and on the live circuit); plain endpoints and start-up
/// work have no such state, so they fall back to the request's user, and then to the system.
/// Serves the services' access checks and the audit trail.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IHttpContextAccessor http) : ICurrentUser
{
    public const string UnitClaim = "ws:unit";

    public async Task<UserAccess> GetAccessAsync()
    {
        var user = await PrincipalAsync();
        if (user.Identity?.IsAuthenticated != true)
        {
            return UserAccess.Anonymous;
        }

        var unit = int.TryParse(user.FindFirstValue(UnitClaim), out var id) ? id : (int?)null;
        var roles = PortalRoles.All.Where(user.IsInRole).ToHashSet();
        return new UserAccess(user.Identity.Name ?? string.Empty, roles, unit, user.HasClaim("amr", "mfa"), user.FindFirstValue(ClaimTypes.GivenName));
    }

    public async ValueTask<string> GetNameAsync()
    {
        var access = await GetAccessAsync();
        return access.IsAuthenticated ? access.UserName : SystemUser.SystemName;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Blazor's provider refuses outside a component's scope: a minimal endpoint or start-up.
            return http.HttpContext?.User ?? new ClaimsPrincipal();
        }
    }
}
