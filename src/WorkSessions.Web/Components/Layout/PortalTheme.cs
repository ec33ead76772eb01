using MudBlazor;

namespace WorkSessions.Web.Components.Layout;

/// <summary>The Party's red for the bar, sober colours elsewhere; fonts the machine has (no web fonts offline).</summary>
public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#A50E0E",
            AppbarBackground = "#A50E0E",
            Secondary = "#5F4B32",

            // Darker than MudBlazor's defaults so that coloured text on white meets WCAG AA (4.5:1).
            Success = "#1B5E20",
            Info = "#0D47A1",
            Warning = "#8A4B00",
            Error = "#B71C1C",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Liberation Sans", "Arial", "sans-serif"] },
        },
    };
}
