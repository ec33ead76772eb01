using Microsoft.Extensions.Localization;
using MudBlazor;

namespace WorkSessions.Web.Localization;

/// <summary>MudBlazor's own texts (pager, data grid, dialogs) from our resource file, so they read in Vietnamese too.</summary>
public sealed class VietnameseMudLocalizer(IStringLocalizer<MudBlazorResource> resources) : MudLocalizer
{
    // In English, "not found" lets MudBlazor use its own English texts instead of our Vietnamese neutral ones.
    public override LocalizedString this[string key] =>
        LocalizationExtensions.IsVietnamese ? resources[key] : new LocalizedString(key, key, resourceNotFound: true);
}

/// <summary>Marker type for Resources/MudBlazorResource*.resx.</summary>
public sealed class MudBlazorResource;
