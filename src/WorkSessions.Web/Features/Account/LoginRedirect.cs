namespace WorkSessions.Web.Features.Account;

public static class LoginRedirect
{
    /// <summary>Only a path inside the portal: an open redirect would let a link send users elsewhere after sign-in.</summary>
    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
