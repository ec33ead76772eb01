namespace WorkSessions.Web.Shared.Forms;

/// <summary>The messages of the last save, looked up by the form's field keys ("Directives[2].Text").</summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string> errors)
{
    public static readonly FieldErrors None = new(new Dictionary<string, string>());

    public bool Has(string key) => errors.ContainsKey(key);

    public string? Of(string key) => errors.GetValueOrDefault(key);

    /// <summary>How many messages concern fields under any of the prefixes, for a tab's badge.</summary>
    public int Under(params string[] prefixes) => errors.Keys.Count(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>The message without a field, shown above the form.</summary>
    public string? General => errors.GetValueOrDefault(string.Empty);

    /// <summary>
    /// The messages of no field on this form (the general one, and one about the record's state),
    /// joined, so that a form with few fields still shows every refusal; null when there is none.
    /// </summary>
    public string? Besides(IReadOnlyCollection<string> fields)
    {
        var others = errors.Where(e => !fields.Contains(e.Key)).Select(e => e.Value).ToList();
        return others.Count == 0 ? null : string.Join(" ", others);
    }
}
