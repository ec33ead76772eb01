namespace WorkSessions.Domain.Common;

/// <summary>Checks shared by the entities' constructors and methods; messages are shown to users.</summary>
public static class Guard
{
    /// <summary>Trims, normalises to NFC and refuses an empty value.</summary>
    public static string Required(string? value, string field, string label, int maxLength)
    {
        var text = VietnameseText.Clean(value);
        if (text.Length == 0)
        {
            throw new DomainException($"{label} không được để trống.", field) { Code = "Required" };
        }

        return MaxLength(text, field, label, maxLength);
    }

    /// <summary>Trims and normalises an optional value; empty becomes null.</summary>
    public static string? Optional(string? value, string field, string label, int maxLength)
    {
        var text = VietnameseText.Clean(value);
        return text.Length == 0 ? null : MaxLength(text, field, label, maxLength);
    }

    public static void DateOrder(DateOnly from, DateOnly? to, string field, string message)
    {
        if (to is { } end && end < from)
        {
            throw new DomainException(message, field);
        }
    }

    private static string MaxLength(string text, string field, string label, int maxLength) =>
        text.Length > maxLength
            ? throw new DomainException($"{label} dài quá {maxLength} ký tự.", field) { Code = "TooLong", Arguments = [maxLength] }
            : text;
}
