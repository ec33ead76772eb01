using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>
/// What a save answers: nothing when it succeeded, otherwise each refusal with the field it
/// concerns (<c>""</c> for the form as a whole). A refusal is a code with its values, never words:
/// the page says it in the reader's language (<see cref="FormWords"/>).
/// </summary>
public record FormResult(IReadOnlyList<FormError> Errors)
{
    public static readonly FormResult Ok = new([]);

    public bool Succeeded => Errors.Count == 0;

    /// <summary>A refusal whose words are the resource <paramref name="key"/>, with <paramref name="arguments"/> as its placeholders.</summary>
    public static FormResult Fail(string field, string key, params object?[] arguments) => new([new FormError(field, key, arguments)]);

    /// <summary>The domain's refusal, beside <paramref name="field"/> or, by default, the field the domain names.</summary>
    public static FormResult Refused(DomainException refusal, string? field = null) => new([FormError.Of(refusal, field)]);

    /// <summary>A success that brings back what the save made (a new record's id, a drawn number).</summary>
    public static FormResult<T> Done<T>(T value) => new(value, []);

    /// <summary>The same refusals, as the answer of a save that would have brought back a value.</summary>
    public FormResult<T> As<T>() => new(default, Errors);

    public bool Has(string key) => Errors.Any(e => e.Key == key);
}

/// <summary>A save that, when it succeeds, brings back a value: the id of what it created, the number it drew.</summary>
public sealed record FormResult<T>(T? Value, IReadOnlyList<FormError> Errors) : FormResult(Errors);
