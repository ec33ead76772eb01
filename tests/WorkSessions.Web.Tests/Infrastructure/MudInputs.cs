using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>How a person works MudBlazor's pickers: type and pick from the list, or open a select and choose.</summary>
public static class MudInputs
{
    /// <summary>Types into a MudAutocomplete and picks the named option from its list (exactly that name when <paramref name="exact"/>).</summary>
    public static async Task PickAsync(IPage page, ILocator field, string typed, string option, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(field);
        await field.ClickAsync();
        await field.FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = exact }).First.ClickAsync();
        await Expect(field).ToHaveValueAsync(option);
    }

    /// <summary>Opens a MudSelect and chooses the option of that exact name.</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(select);
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
