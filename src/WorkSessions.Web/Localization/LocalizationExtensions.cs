using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace WorkSessions.Web.Localization;

/// <summary>Vietnamese is the default culture; English is offered second.</summary>
public static class LocalizationExtensions
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";
    private static readonly string[] Supported = [Vietnamese, English];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudLocalizer, VietnameseMudLocalizer>();
        return services;
    }

    public static void UsePortalLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Vietnamese)
            .AddSupportedCultures(Supported)
            .AddSupportedUICultures(Supported);

        // Only the user's explicit choice (the cookie) overrides Vietnamese, not the browser's language.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);
    }

    /// <summary>/culture?name=en-US&amp;returnUrl=/sessions stores the choice in a cookie and goes back.</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture", (string name, string? returnUrl, HttpContext http) =>
        {
            if (Supported.Contains(name))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }

            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });

    public static bool IsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";
}
