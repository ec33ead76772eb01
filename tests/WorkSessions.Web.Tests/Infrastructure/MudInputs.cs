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

    /// <summary>
    /// Opens a MudSelect that takes several values, chooses each option, and closes the list with
    /// Escape pressed on the field itself: Escape pressed on the page went to whatever had the focus,
    /// and in a full CI run the list once stayed open over the next field.
    /// </summary>
    public static async Task ChooseManyAsync(IPage page, ILocator select, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var option in options)
        {
            await select.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            await select.PressAsync("Escape");
            await Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
        }
    }
}
