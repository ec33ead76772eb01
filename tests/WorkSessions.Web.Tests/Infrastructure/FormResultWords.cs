using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WorkSessions.Web.Localization;
using WorkSessions.Web.Shared.Forms;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// A save's refusals as a Vietnamese reader sees them beside each field: the services answer with
/// codes, and the tests read the words the page would show, from the same resources.
/// </summary>
public static class FormResultWords
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    public static IReadOnlyDictionary<string, string> Said(this FormResult result)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationExtensions.Vietnamese);
        try
        {
            return Localizer.Say(result);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
