using System.Buffers.Binary;

namespace WorkSessions.Documents.Layout;

/// <summary>
/// Whether a TrueType font has glyphs for Vietnamese. Needed because a family name is not enough:
/// Liberation Serif 1.x (Debian's older fonts-liberation) has no Vietnamese letters at all, and a
/// font without them prints empty boxes while the text layer looks right.
/// </summary>
internal static class FontCoverage
{
    /// <summary>Letters only Vietnamese uses: horned vowels, đ, and the stacked and dotted vowels (U+1EA0–1EF9).</summary>
    public const string Vietnamese = "ĐđƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    /// <summary>True when the font's Unicode cmap (format 4, the one every TrueType font has for the BMP) maps every char.</summary>
    public static bool Covers(byte[] font, string chars)
    {
        var cmap = Table(font, "cmap");
        if (cmap < 0)
        {
            return false;
        }

        var subtables = U16(font, cmap + 2);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + (i * 8);
            var (platform, encoding) = (U16(font, record), U16(font, record + 2));
            var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            if (((platform == 3 && encoding == 1) || platform == 0) && U16(font, subtable) == 4)
            {
                return chars.All(c => Format4Glyph(font, subtable, c) != 0);
            }
        }

        return false;
    }

    private static int Format4Glyph(byte[] font, int table, char c)
    {
        var segments = U16(font, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            if (U16(font, ends + (s * 2)) < c)
            {
                continue;
            }

            var start = U16(font, starts + (s * 2));
            if (start > c)
            {
                return 0;
            }

            var delta = U16(font, deltas + (s * 2));
            var rangeOffsetAt = rangeOffsets + (s * 2);
            var rangeOffset = U16(font, rangeOffsetAt);
            if (rangeOffset == 0)
            {
                return (c + delta) & 0xFFFF;
            }

            var glyph = U16(font, rangeOffsetAt + rangeOffset + ((c - start) * 2));
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    /// <summary>Offset of the table tagged <paramref name="tag"/>, or -1.</summary>
    private static int Table(byte[] font, string tag)
    {
        var count = U16(font, 4);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (i * 16);
            if (font[entry] == tag[0] && font[entry + 1] == tag[1] && font[entry + 2] == tag[2] && font[entry + 3] == tag[3])
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8));
            }
        }

        return -1;
    }

    private static int U16(byte[] font, int offset) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset));
}
