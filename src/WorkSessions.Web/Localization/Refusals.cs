using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Web.Localization;

/// <summary>
/// A domain refusal in the reader's language. Vietnamese is the domain's own message, word for word;
/// the English UI says the same from the resource "Refusal_{Code}", with the field's English name
/// ("HistoryField_{Field}", the names the history panel uses) as {0} and the refusal's arguments after it.
/// A refusal without a code is one only a bug can reach and keeps the domain's words.
/// </summary>
public static class Refusals
{
    public static string Say(this IStringLocalizer localizer, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(refusal);
        if (LocalizationExtensions.IsVietnamese || refusal.Code is not { } code)
        {
            return refusal.Message;
        }

        object[] arguments = [FieldName(localizer, refusal.Field), .. refusal.Arguments.Select(a => Written(localizer, a))];
        var text = localizer[$"Refusal_{code}", arguments];
        return text.ResourceNotFound ? refusal.Message : text.Value;
    }

    private static string FieldName(IStringLocalizer localizer, string? field) =>
        field is { Length: > 0 } && localizer[$"HistoryField_{field}"] is { ResourceNotFound: false } name ? name.Value : field ?? string.Empty;

    /// <summary>A value as the reader writes it: a date, a number with the reader's separators.</summary>
    public static string Written(IStringLocalizer localizer, object? value) => value switch
    {
        SessionDate date => localizer.ShortDate(date),
        DateOnly day => DisplayText.ShortDate(day),
        IFormattable number => number.ToString(null, CultureInfo.CurrentCulture),
        _ => value?.ToString() ?? string.Empty,
    };
}
