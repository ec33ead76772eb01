namespace WorkSessions.Documents.Notices;

/// <summary>
/// Everything a conclusion notice says, in reading order, without any layout. The PDF, the HTML
/// preview and the DOCX are all drawn from one of these (through <see cref="NoticeWording"/>), so
/// the three cannot disagree. An issued notice keeps the content it was issued with.
/// </summary>
public sealed record NoticeContent
{
    /// <summary>The parent body line above the issuing body ("ĐẢNG BỘ TỈNH NAM ĐỊNH"); empty when not used.</summary>
    public string ParentBody { get; init; } = string.Empty;

    /// <summary>"TỈNH ỦY".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The running number; null while the notice is a draft.</summary>
    public int? Number { get; init; }

    /// <summary>"TB": the document type in the number.</summary>
    public string TypeCode { get; init; } = "TB";

    /// <summary>"TU": the issuer in the number.</summary>
    public string IssuerCode { get; init; } = "TU";

    /// <summary>"Nam Định".</summary>
    public required string Place { get; init; }

    /// <summary>The day of issue; null while the notice is a draft (the date is then left blank).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>The year printed in a draft's blank date.</summary>
    public required int Year { get; init; }

    public bool IsDraft => Number is null;

    /// <summary>"THÔNG BÁO".</summary>
    public string Title { get; init; } = "THÔNG BÁO";

    /// <summary>Sentence case: "kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với …".</summary>
    public required string Subject { get; init; }

    /// <summary>Set when this notice corrects an issued one: that notice's number ("125-TB/TU").</summary>
    public string? Corrects { get; init; }

    /// <summary>Who worked with whom, when, on what. One or more paragraphs.</summary>
    public required IReadOnlyList<string> Opening { get; init; }

    /// <summary>What the unit reported.</summary>
    public required IReadOnlyList<string> Summary { get; init; }

    /// <summary>The leader's assessment, ending with the sentence that introduces the directives.</summary>
    public required IReadOnlyList<string> Assessment { get; init; }

    /// <summary>The numbered directives, in order.</summary>
    public required IReadOnlyList<NoticeDirective> Directives { get; init; }

    /// <summary>"Ban Thường vụ Tỉnh ủy thông báo để … biết, thực hiện./."</summary>
    public required string Closing { get; init; }

    public required NoticeSignature Signature { get; init; }

    /// <summary>Recipients without bullets or punctuation; the archive copy is added by the format.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
}

/// <summary>
/// One numbered directive as printed. A directive given to the host alone names only its deadline
/// (<see cref="LeadUnit"/> null); one shared with other units names every task's lead unit and
/// deadline (<see cref="Assignments"/>), so no unit that must act is left out.
/// </summary>
public sealed record NoticeDirective(int Number, string Text, string? LeadUnit, DateOnly? Deadline)
{
    /// <summary>Every task of the directive, in order, when more than one unit must act; empty otherwise.</summary>
    public IReadOnlyList<NoticeAssignment> Assignments { get; init; } = [];
}

/// <summary>One task of a directive as the notice names it: the unit that leads it and its deadline.</summary>
public sealed record NoticeAssignment(string LeadUnit, DateOnly? Deadline);

/// <summary>
/// The signature block: "T/M BAN THƯỜNG VỤ" (authority and body), "BÍ THƯ" (position), then the name.
/// </summary>
public sealed record NoticeSignature(string AuthorityLine, string PositionLine, string Name);
