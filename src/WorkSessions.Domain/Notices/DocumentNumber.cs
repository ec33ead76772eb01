using System.Globalization;
using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Notices;

/// <summary>"Số và ký hiệu" of a Party document: running number, document type, issuer — "125-TB/TU".</summary>
public readonly record struct DocumentNumber(int Number, string TypeCode, string IssuerCode)
{
    public override string ToString() => $"{Number}-{TypeCode}/{IssuerCode}";

    public static DocumentNumber Parse(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (dash <= 0 || slash <= dash + 1 || slash == text.Length - 1
            || !int.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new DomainException($"\"{text}\" không phải số và ký hiệu văn bản (ví dụ 125-TB/TU).", nameof(Number));
        }

        return new DocumentNumber(number, text[(dash + 1)..slash], text[(slash + 1)..]);
    }
}
