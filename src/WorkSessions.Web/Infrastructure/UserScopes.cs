using Microsoft.AspNetCore.Components.Authorization;

namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// A fresh DI scope for one operation that still knows who is acting. Identity's UserManager holds
/// a DbContext; in a circuit that context would live as long as the circuit, so each operation
/// gets its own scope, and the audit trail in it records the signed-in user, not the system.
/// </summary>
public sealed class UserScopes(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public AsyncServiceScope Create()
    {
        var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider target)
        {
            target.SetAuthenticationState(authentication.GetAuthenticationStateAsync());
        }

        return scope;
    }
}
