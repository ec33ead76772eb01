using Microsoft.Extensions.Localization;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>A save's refusals in the reader's language, each beside its field, as the pages show them.</summary>
public static class FormWords
{
    public static string Say(this IStringLocalizer localizer, FormError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        if (error.Refusal is { } refusal)
        {
            return localizer.Say(refusal);
        }

        var text = localizer[error.Key, [.. error.Arguments.Select(a => Refusals.Written(localizer, a))]];
        return text.ResourceNotFound && error.Said is { } said ? said : text.Value;
    }

    /// <summary>The words of every refusal by field; two refusals of one field are joined.</summary>
    public static IReadOnlyDictionary<string, string> Say(this IStringLocalizer localizer, FormResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => localizer.Say(e))));
    }

    /// <summary>Every refusal in one line, for a page that shows a single message.</summary>
    public static string SayAll(this IStringLocalizer localizer, FormResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Errors.Select(e => localizer.Say(e)));
    }
}
