using System.Text.RegularExpressions;
using WorkSessions.Domain.Common;
using WorkSessions.Domain.Sessions;

namespace WorkSessions.Documents.Reading;

/// <summary>
/// Reads a pasted speech or press article of the genre ("Đồng chí Bí thư Tỉnh ủy làm việc với…")
/// and proposes attendees, the assessment and the numbered directives. The rules come from how
/// such texts are written:
/// <list type="bullet">
/// <item>the leader's conclusion opens with a verb of direction and a colon ("nhấn mạnh:", "đề nghị:",
/// "yêu cầu:"); what precedes it in that sentence is the assessment, what follows are the directives;</item>
/// <item>each sentence after it is a directive once its framing ("Thời gian tới,", "Đối với …,") and
/// its subject ("Ban Thường vụ Huyện ủy …", "… cần") are set aside, and it opens with a verb of
/// direction (tiếp tục, tăng cường, tập trung, đẩy mạnh …);</item>
/// <item>a semicolon separates two directives only when the clause after it opens with such a verb
/// and concerns another field; otherwise it joins two halves of one directive;</item>
/// <item>people are named "đồng chí Họ Tên, chức vụ"; the one who "làm việc với" chairs, those
/// after "Dự … có" attend.</item>
/// </list>
/// It never rewrites the text's words, except to expand press abbreviations a notice would spell out.
/// </summary>
public static partial class ConclusionTextReader
{
    /// <summary>Verbs that open a directive, folded; longest first so that "tập trung" wins over "tập".</summary>
    private static readonly string[] DirectionVerbs = [.. new[]
    {
        "tiep tuc", "tang cuong", "tap trung", "day manh", "day nhanh", "chu trong", "quan tam", "to chuc", "thuc hien", "trien khai", "nang cao",
        "phat huy", "xay dung", "phat trien", "dam bao", "bao dam", "khan truong", "ra soat", "kien toan", "lam tot", "chi dao",
        "lanh dao", "tich cuc", "quyet liet", "nghien cuu", "de xuat", "hoan thanh", "thuc day", "khac phuc", "chu dong", "phan dau",
        "giai quyet", "tham muu", "sap xep", "uu tien", "nam chac", "chuan bi", "phoi hop", "duy tri", "huy dong", "doi moi",
        "quan ly", "kiem tra", "giam sat", "tuyen truyen", "coi trong", "bam sat", "lam ro", "xu ly", "cung co", "danh gia",
    }.OrderByDescending(v => v.Length)];

    /// <summary>What comes between a subject and its directive ("Trực Ninh cần tích cực…").</summary>
    private static readonly string[] Modals = ["can phai", "can", "phai"];

    /// <summary>Press abbreviations that a notice spells out; HĐND, UBND and MTTQ stay, as official texts write them.</summary>
    private static readonly (string Short, string Full)[] Abbreviations =
    [
        ("NTM", "nông thôn mới"), ("BCH", "Ban Chấp hành"), ("Ban TVTU", "Ban Thường vụ Tỉnh ủy"), ("BTV", "Ban Thường vụ"),
        ("TTXH", "trật tự xã hội"), ("ANTT", "an ninh trật tự"), ("KT-XH", "kinh tế - xã hội"),
    ];

    public static DraftProposal Read(string? text)
    {
        var clean = VietnameseText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = clean.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (assessment, directiveText) = Conclusion(paragraphs);
        return new DraftProposal(Attendees(paragraphs), assessment, Directives(directiveText));
    }

    /// <summary>The assessment before the marker and the text of the directives after it (its paragraph and the list that follows).</summary>
    private static (string? Assessment, IReadOnlyList<string> Directives) Conclusion(string[] paragraphs)
    {
        for (var p = paragraphs.Length - 1; p >= 0; p--)
        {
            var match = MarkerColon().Matches(paragraphs[p]).LastOrDefault();
            if (match is null)
            {
                continue;
            }

            var before = paragraphs[p][..match.Index];
            var sentenceStart = before.LastIndexOf(". ", StringComparison.Ordinal) + 1;
            var assessment = Assessment(before[sentenceStart..]);
            var after = new List<string> { paragraphs[p][(match.Index + match.Length)..].Trim() };
            after.AddRange(paragraphs.Skip(p + 1).TakeWhile(IsListParagraph));
            return (assessment, after);
        }

        return (null, []);
    }

    private static string? Assessment(string sentence)
    {
        var text = Framing().Replace(sentence.Trim(), string.Empty);
        text = TrailingAnd().Replace(text, string.Empty).Trim().TrimEnd(',', ';');
        return text.Length < 20 ? null : Capitalise(text) + ".";
    }

    /// <summary>A paragraph that goes on the leader's list: a bullet, "Một là, …", or one that opens with a verb of direction.</summary>
    private static bool IsListParagraph(string paragraph) =>
        Bullet().IsMatch(paragraph) || OpensWithDirection(Strip(paragraph));

    private static List<ProposedDirective> Directives(IReadOnlyList<string> parts)
    {
        var directives = new List<ProposedDirective>();
        var sentences = parts.SelectMany(Sentences).ToList();

        // A list written as one sentence ("đề nghị: …; …; …") has an item at every semicolon; in
        // running prose a semicolon more often joins two halves of one directive.
        var oneSentenceList = sentences.Count == 1;
        foreach (var sentence in sentences)
        {
            var body = Strip(sentence);
            if (!OpensWithDirection(body))
            {
                continue; // a sentence of the text that directs nothing ("Tin, ảnh: …")
            }

            foreach (var clause in SplitClauses(body, oneSentenceList))
            {
                var text = Finish(Expand(clause));
                directives.Add(new ProposedDirective(text, DirectiveFields.Guess(text)));
            }
        }

        return directives;
    }

    /// <summary>Sentences end at ".", "!", "?" or "…" before a capital or an opening quote; "./." closes an article.</summary>
    private static IEnumerable<string> Sentences(string paragraph) =>
        SentenceEnd().Split(paragraph.Replace("./.", ".", StringComparison.Ordinal))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    /// <summary>The sentence without its framing, bullet and subject, from its verb of direction on; unchanged when it has none near the start.</summary>
    private static string Strip(string sentence)
    {
        var text = Bullet().Replace(sentence.Trim(), string.Empty);
        text = Framing().Replace(text, string.Empty);
        var folded = VietnameseText.Fold(text);
        var verb = SubjectEnd(folded);
        return verb > 0 ? text[TextIndexOf(text, verb)..] : text;
    }

    /// <summary>
    /// Where the directive starts after a short subject ("Ban Thường vụ Huyện ủy Trực Ninh tiếp tục…",
    /// "Trực Ninh cần tích cực…"): after a modal, or at the first verb of direction within eight words.
    /// </summary>
    private static int SubjectEnd(string folded)
    {
        var words = WordStarts(folded).Take(9).ToList();
        foreach (var start in words)
        {
            var rest = folded[start..];
            if (Modals.FirstOrDefault(m => StartsWithWord(rest, m)) is { } modal && start > 0)
            {
                return start + modal.Length + 1;
            }

            if (DirectionVerbs.Any(v => StartsWithWord(rest, v)))
            {
                return start;
            }
        }

        return 0;
    }

    private static bool OpensWithDirection(string text)
    {
        var folded = VietnameseText.Fold(text);
        return DirectionVerbs.Any(v => StartsWithWord(folded, v));
    }

    /// <summary>
    /// Splits at semicolons before a verb of direction: always in a one-sentence list, and in prose
    /// only where the clause after it concerns another field; the rest stays together.
    /// </summary>
    private static List<string> SplitClauses(string sentence, bool everyItem)
    {
        var clauses = new List<string>();
        var current = string.Empty;
        foreach (var piece in sentence.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var directs = OpensWithDirection(piece);
            if (current.Length > 0 && directs && (everyItem || DirectiveFields.Guess(Expand(piece)) != DirectiveFields.Guess(Expand(current))))
            {
                clauses.Add(current);
                current = piece;
            }
            else
            {
                current = current.Length == 0 ? piece : $"{current}; {piece}";
            }
        }

        if (current.Length > 0)
        {
            clauses.Add(current);
        }

        return clauses;
    }

    private static string Expand(string text)
    {
        foreach (var (abbreviation, full) in Abbreviations)
        {
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(abbreviation)}(?![\p{{L}}\p{{N}}])", full, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return text;
    }

    private static string Finish(string clause)
    {
        var text = clause.Trim().TrimEnd('.', ';', ',', '…').Trim();
        return Capitalise(text) + ".";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));

    private static IEnumerable<int> WordStarts(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                yield return i;
            }
        }
    }

    /// <summary>The index in <paramref name="text"/> of the word that starts at <paramref name="foldedIndex"/> of its folded form (folding may merge spaces).</summary>
    private static int TextIndexOf(string text, int foldedIndex)
    {
        var nth = WordStarts(VietnameseText.Fold(text)).TakeWhile(s => s < foldedIndex).Count();
        return WordStarts(text).ElementAtOrDefault(nth);
    }

    private static List<ProposedAttendee> Attendees(string[] paragraphs)
    {
        var people = new List<ProposedAttendee>();
        foreach (var paragraph in paragraphs)
        {
            foreach (Match m in Comrade().Matches(paragraph))
            {
                var name = m.Groups["name"].Value.Trim();
                if (TitleWord().IsMatch(name.Split(' ')[0]) || people.Any(p => VietnameseText.Fold(p.FullName) == VietnameseText.Fold(name)))
                {
                    continue; // "đồng chí Bí thư Tỉnh ủy" names an office, not a person; and each person once
                }

                var title = Expand(TitleEnd().Replace(m.Groups["title"].Value, string.Empty).Trim().TrimEnd(',', '.', ';'));
                var attending = paragraph[..m.Index].LastIndexOf("Dự", StringComparison.Ordinal) is var dự and >= 0 && paragraph[dự..m.Index].Contains(" có ", StringComparison.Ordinal);
                var role = people.Count == 0 && !attending ? AttendanceRole.Chair : AttendanceRole.Attending;
                people.Add(new ProposedAttendee(name, title, AttendanceSide.ProvincialDelegation, role));
            }
        }

        // The body the leader worked with ("làm việc với Ban Thường vụ Huyện ủy Trực Ninh") reports for the unit.
        if (paragraphs.Select(p => WorksWith().Match(p)).FirstOrDefault(m => m.Success) is { } host)
        {
            people.Add(new ProposedAttendee(host.Groups["body"].Value.Trim(), string.Empty, AttendanceSide.HostUnit, AttendanceRole.Reporting));
        }

        return people;
    }

    [GeneratedRegex(@"(?<marker>nhấn mạnh|đề nghị|yêu cầu|lưu ý|kết luận|chỉ đạo|giao nhiệm vụ)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerColon();

    [GeneratedRegex(@"^(?:(?:Phát biểu|Kết luận) (?:tại|buổi) [^,]*,\s*|(?:Trong )?[Tt]hời gian tới,\s*|Đối với [^,]{1,80},\s*|Về [^,]{1,80},\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Framing();

    [GeneratedRegex(@",?\s*(?:và|đồng thời)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAnd();

    [GeneratedRegex(@"^\s*(?:[-+•–]\s*|\d+[.)]\s*|[a-zđ][.)]\s*|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?<=[.!?…”])\s+(?=[\p{Lu}“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[Đđ]ồng chí (?<name>(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)\s*,\s*(?<title>[^.;]{3,200}?)(?=\s+(?:đã|đến|phát biểu|làm việc|chủ trì|dự|tham dự|cùng|và đồng chí)\b|[.;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Comrade();

    [GeneratedRegex(@"^(?:Bí|Phó|Chủ|Trưởng|Ủy|Uỷ|Ban|Thường|Giám|Tổng|Chánh|Tỉnh|Huyện)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\s+(?:đã|đến)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"làm việc với (?<body>(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Đảng ủy|Huyện ủy|Thành ủy|Thị ủy)[^,.;:]{2,80}?)(?=\s+(?:về|để|nhằm|tại)\s|[,.;:])", RegexOptions.CultureInvariant)]
    private static partial Regex WorksWith();
}
