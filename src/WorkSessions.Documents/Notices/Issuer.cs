using WorkSessions.Domain.Common;
using WorkSessions.Domain.Units;

namespace WorkSessions.Documents.Notices;

/// <summary>
/// How a provincial committee names itself on its notice, one rule for every committee however its
/// name was typed: "Tỉnh ủy Bình Thuận" issues as "TỈNH ỦY" under "ĐẢNG BỘ TỈNH BÌNH THUẬN", "Thành ủy
/// Hà Nội" as "THÀNH ỦY" under "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", dated at "Bình Thuận" or "Hà Nội"; and the
/// signature's position line carries no unit name ("Bí thư Tỉnh ủy Bình Thuận" signs as "BÍ THƯ").
/// Names are compared without diacritics, so "Tỉnh uỷ" (old tone placement) reads the same.
/// </summary>
public sealed record Issuer(string Body, string Place)
{
    private static readonly (string Folded, string Body, string Parent)[] Bodies =
    [
        ("tinh uy", "Tỉnh ủy", "Đảng bộ tỉnh"),
        ("thanh uy", "Thành ủy", "Đảng bộ thành phố"),
    ];

    /// <summary>The line above the issuing body ("Đảng bộ tỉnh Bình Thuận"); null when the name gives no place.</summary>
    public string? ParentBody => Place.Length == 0 ? null : $"{Bodies.First(b => b.Body == Body).Parent} {Place}";

    public static Issuer Of(Unit committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var name = VietnameseText.Clean(committee.Name);
        var folded = VietnameseText.Fold(name);
        foreach (var (prefix, body, _) in Bodies)
        {
            // Folding keeps the length of a Vietnamese name (one letter for one letter), so positions carry over.
            if (folded.StartsWith(prefix + " ", StringComparison.Ordinal) && folded.Length == name.Length)
            {
                return new Issuer(body, name[(prefix.Length + 1)..].Trim());
            }
        }

        return new Issuer(committee.ShortName ?? name, string.Empty);
    }

    /// <summary>"Phó Bí thư Thường trực Tỉnh ủy Bình Thuận" → "Phó Bí thư Thường trực".</summary>
    public string WithoutUnit(string position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var text = VietnameseText.Clean(position);
        var folded = VietnameseText.Fold(text);
        if (folded.Length != text.Length)
        {
            return text;
        }

        var body = VietnameseText.Fold(Body);
        foreach (var suffix in new[] { $" {body} {VietnameseText.Fold(Place)}", $" {body}" })
        {
            if (suffix.Trim().Length > 0 && folded.EndsWith(suffix, StringComparison.Ordinal) && folded.Length > suffix.Length)
            {
                return text[..^suffix.Length];
            }
        }

        return text;
    }
}
