using MudBlazor;

namespace WorkSessions.Web.Components.Layout;

/// <summary>The Party's red for the bar, sober greys elsewhere; fonts the machine has (no web fonts offline).</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#A50E0E",
            AppbarBackground = "#A50E0E",
            Secondary = "#5F4B32",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Liberation Sans", "Arial", "sans-serif"] },
        },
    };
}
