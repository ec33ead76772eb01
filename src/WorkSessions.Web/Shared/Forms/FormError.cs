using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>
/// One refusal of a form: the field it is about (<c>""</c> for the form as a whole), and what to
/// say as a resource key and the values its placeholders take. A domain refusal keeps the
/// domain's exception, whose Vietnamese is the domain's own words and whose code names the English
/// resource; Identity's refusals come worded already, in <see cref="Said"/>.
/// </summary>
public sealed record FormError(string Field, string Key, IReadOnlyList<object?> Arguments)
{
    /// <summary>The domain's refusal this error carries, said by <see cref="WorkSessions.Web.Localization.Refusals"/>.</summary>
    public DomainException? Refusal { get; init; }

    /// <summary>Words given by a library that words its own errors, said when no resource has <see cref="Key"/>.</summary>
    public string? Said { get; init; }

    public static FormError Of(DomainException refusal, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(field ?? refusal.Field ?? string.Empty, refusal.Code is { } code ? $"Refusal_{code}" : string.Empty, refusal.Arguments) { Refusal = refusal };
    }
}
