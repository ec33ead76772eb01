namespace WorkSessions.Web.Infrastructure;

/// <summary>The outcome of a form's action: nothing, or messages keyed by the field they belong to ("" for the form).</summary>
public sealed record FormResult(IReadOnlyDictionary<string, string> Errors, string? Message = null)
{
    public static readonly FormResult Ok = new(new Dictionary<string, string>());

    public bool Succeeded => Errors.Count == 0;

    public static FormResult Fail(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
