using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Notices;

/// <summary>
/// A named, dated set of format measures ("Hướng dẫn 36-HD/VPTW (2018)"). A notice is set with the
/// profile in effect on its day, so a revision of the guidance is a new profile an administrator
/// adds, and notices issued before it keep their look.
/// </summary>
public sealed class NoticeFormatProfile : Entity
{
    public const int NameMaxLength = 200;

    /// <summary>A text setting of the format (the archive line, the recipient bullet …).</summary>
    public const int TextSettingMaxLength = 200;

    /// <summary>The default profile every database starts with: the last technical guidance confirmed.</summary>
    public static NoticeFormatProfile Default2018() =>
        new("Hướng dẫn 36-HD/VPTW ngày 03/4/2018", new DateOnly(2018, 4, 3), NoticeFormat.Guidance2018);

    /// <summary>The first day of Quy định 399-QĐ/TW, which governs Party documents from 9 January 2026.</summary>
    public static readonly DateOnly Rule2026Day = new(2026, 1, 9);

    /// <summary>
    /// A profile for Quy định 399-QĐ/TW of 9 January 2026, with the changes reported from its guidance
    /// (semicolons between recipients, line spacing 19 pt) but not confirmed here: it starts inactive,
    /// for the office to check each measure against its own copy of the rule, correct it and activate it.
    /// </summary>
    public static NoticeFormatProfile Proposed2026()
    {
        var profile = new NoticeFormatProfile("Quy định 399-QĐ/TW ngày 09/01/2026 (cần đối chiếu)", Rule2026Day, NoticeFormat.Guidance2026);
        profile.Deactivate();
        return profile;
    }

    private NoticeFormatProfile()
    {
        Name = string.Empty;
        Format = NoticeFormat.Guidance2018;
    }

    public NoticeFormatProfile(string name, DateOnly effectiveFrom, NoticeFormat format)
        : this()
    {
        Change(name, effectiveFrom, format);
    }

    public string Name { get; private set; }

    /// <summary>The first day notices are set with this profile.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public NoticeFormat Format { get; private set; }

    /// <summary>Whether notices are set with this profile from its first day; one still being checked is kept but not used.</summary>
    public bool IsActive { get; private set; } = true;

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void Change(string name, DateOnly effectiveFrom, NoticeFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var checkedName = Guard.Required(name, nameof(Name), "Tên mẫu thể thức", NameMaxLength);
        Check(format);
        Name = checkedName;
        EffectiveFrom = effectiveFrom;
        Format = format;
    }

    /// <summary>The profile in effect on <paramref name="day"/>: the latest active one that started on or before it.</summary>
    public static NoticeFormatProfile? InEffectOn(IEnumerable<NoticeFormatProfile> profiles, DateOnly day) =>
        profiles.Where(p => !p.IsDeleted && p.IsActive && p.EffectiveFrom <= day).OrderByDescending(p => p.EffectiveFrom).FirstOrDefault();

    /// <summary>Rejects measures that cannot make a readable A4 page, naming the field at fault.</summary>
    private static void Check(NoticeFormat f)
    {
        InRange(f.PageWidth, 100, 500, nameof(f.PageWidth), "Khổ giấy (rộng)");
        InRange(f.PageHeight, 100, 500, nameof(f.PageHeight), "Khổ giấy (cao)");
        foreach (var (value, field, label) in new[]
        {
            (f.MarginTop, nameof(f.MarginTop), "Lề trên"),
            (f.MarginBottom, nameof(f.MarginBottom), "Lề dưới"),
            (f.MarginLeft, nameof(f.MarginLeft), "Lề trái"),
            (f.MarginRight, nameof(f.MarginRight), "Lề phải"),
        })
        {
            InRange(value, 5, 60, field, label);
        }

        foreach (var (value, field, label) in new[]
        {
            (f.HeaderFontSize, nameof(f.HeaderFontSize), "Cỡ chữ phần đầu"),
            (f.MottoFontSize, nameof(f.MottoFontSize), "Cỡ chữ tiêu ngữ"),
            (f.TitleFontSize, nameof(f.TitleFontSize), "Cỡ chữ tên loại văn bản"),
            (f.SubjectFontSize, nameof(f.SubjectFontSize), "Cỡ chữ trích yếu"),
            (f.BodyFontSize, nameof(f.BodyFontSize), "Cỡ chữ nội dung"),
            (f.SignatureFontSize, nameof(f.SignatureFontSize), "Cỡ chữ phần ký"),
            (f.RecipientsHeadingFontSize, nameof(f.RecipientsHeadingFontSize), "Cỡ chữ \"Nơi nhận\""),
            (f.RecipientsFontSize, nameof(f.RecipientsFontSize), "Cỡ chữ nơi nhận"),
            (f.PageNumberFontSize, nameof(f.PageNumberFontSize), "Cỡ chữ số trang"),
        })
        {
            InRange(value, 8, 24, field, label);
        }

        InRange(f.LineSpacing, f.BodyFontSize, f.BodyFontSize * 3, nameof(f.LineSpacing), "Khoảng cách dòng");
        InRange(f.ParagraphSpacing, 0, 30, nameof(f.ParagraphSpacing), "Khoảng cách đoạn");
        InRange(f.FirstLineIndent, 0, 30, nameof(f.FirstLineIndent), "Thụt đầu dòng");
        InRange(f.HeaderLeftColumnPercent, 30, 70, nameof(f.HeaderLeftColumnPercent), "Độ rộng cột trái phần đầu");
        InRange(f.SignatureBlankLines, 1, 10, nameof(f.SignatureBlankLines), "Số dòng để ký");
        InRange(f.TermLength, 1, 10, nameof(f.TermLength), "Số năm của nhiệm kỳ");
        InRange(f.TermStartYear, 1930, 2200, nameof(f.TermStartYear), "Năm bắt đầu nhiệm kỳ");
        if (string.IsNullOrWhiteSpace(f.RecipientSeparator) || f.RecipientSeparator.Trim().Length > 3)
        {
            throw new DomainException("Dấu ngăn cách nơi nhận phải có từ 1 đến 3 ký tự.", nameof(f.RecipientSeparator));
        }

        if (!f.DirectiveNumberPattern.Contains("{0}", StringComparison.Ordinal) || f.DirectiveNumberPattern.Length > 20 || !Formats(f.DirectiveNumberPattern))
        {
            throw new DomainException("Mẫu đánh số ý kiến chỉ đạo phải chứa {0} (vị trí của số), ví dụ \"{0}.\".", nameof(f.DirectiveNumberPattern));
        }

        if (f.ArchiveRecipient.Length > TextSettingMaxLength)
        {
            throw new DomainException($"Nơi lưu tối đa {TextSettingMaxLength} ký tự.", nameof(f.ArchiveRecipient));
        }
    }

    private static bool Formats(string pattern)
    {
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, 1);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static void InRange(double value, double min, double max, string field, string label)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw new DomainException($"{label} phải từ {min:0.#} đến {max:0.#}.", field);
        }
    }
}
