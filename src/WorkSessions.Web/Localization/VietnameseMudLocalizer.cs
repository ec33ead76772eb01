using Microsoft.Extensions.Localization;
using MudBlazor;

namespace WorkSessions.Web.Localization;

/// <summary>MudBlazor's own texts (pager, data grid, dialogs) from our resource file, so they read in Vietnamese too.</summary>
public sealed class VietnameseMudLocalizer(IStringLocalizer<MudBlazorResource> resources) : MudLocalizer
{
    public override LocalizedString this[string key] => resources[key];
}

/// <summary>Marker type for Resources/MudBlazorResource*.resx.</summary>
public sealed class MudBlazorResource;
