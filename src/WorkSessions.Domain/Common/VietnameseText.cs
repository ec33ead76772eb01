using System.Globalization;
using System.Text;

namespace WorkSessions.Domain.Common;

/// <summary>
/// Text rules for Vietnamese: everything is stored in Unicode NFC (pasted text is often NFD),
/// and search compares a folded key so that "truc ninh" finds "Trực Ninh" and "Thuỷ" finds "Thủy".
/// </summary>
public static class VietnameseText
{
    /// <summary>Trims and normalises to NFC; null becomes the empty string.</summary>
    public static string Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Lower-case, without tone or vowel marks, đ as d, whitespace collapsed. Both tone placements
    /// ("thủy", "thuỷ") fold to the same key because the marks are dropped.
    /// </summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
            lastWasSpace = false;
        }

        return folded.ToString().TrimEnd();
    }

    /// <summary>The folded text of several fields, for one indexed search column.</summary>
    public static string SearchKey(params string?[] parts) =>
        Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}
