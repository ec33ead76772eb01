using WorkSessions.Domain.Common;

namespace WorkSessions.Web.Shared.Forms;

/// <summary>A domain refusal tied to one field of the form, e.g. "Directives[3].Tasks[0].Deadline".</summary>
public sealed class FieldException : Exception
{
    public FieldException()
        : this(string.Empty, "Dữ liệu không hợp lệ.")
    {
    }

    public FieldException(string message)
        : this(string.Empty, message)
    {
    }

    public FieldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    public FieldException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public FieldException(string field, DomainException refusal)
        : base(refusal?.Message, refusal)
    {
        Field = field;
        Refusal = refusal;
    }

    public string Field { get; }

    /// <summary>The domain's refusal, for the page to say in the reader's language; null for the editor's own checks.</summary>
    public DomainException? Refusal { get; }

    /// <summary>
    /// Runs a domain call for the form row at <paramref name="prefix"/>; a refusal names the
    /// row's field, with the domain's property names mapped to the form's.
    /// </summary>
    public static T At<T>(string prefix, Func<T> action, IReadOnlyDictionary<string, string>? renames = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (DomainException e)
        {
            var field = e.Field ?? string.Empty;
            field = renames?.GetValueOrDefault(field) ?? field;
            throw new FieldException(prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}", e);
        }
    }

    public static void At(string prefix, Action action, IReadOnlyDictionary<string, string>? renames = null) =>
        At(prefix, () =>
        {
            action();
            return true;
        }, renames);
}
