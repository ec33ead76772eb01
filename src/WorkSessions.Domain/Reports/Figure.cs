namespace WorkSessions.Domain.Reports;

/// <summary>
/// A number as a report states it, with the word in front of it that is part of the fact:
/// "trên 181" (over 181), "gần 4,7", "+4,7". The number alone would say more than the source did.
/// </summary>
public readonly record struct Figure(decimal Number, FigureQualifier? Qualifier = null)
{
    /// <summary>Digits after the decimal comma that both providers keep (decimal(18,4)).</summary>
    public const int MaxDecimals = 4;

    /// <summary>Digits before the comma that decimal(18,4) holds.</summary>
    public const int MaxWholeDigits = 14;

    public static implicit operator Figure(decimal number) => new(number);

    public override string ToString() => VietnameseNumber.Format(this);
}

/// <summary>
/// The words a Vietnamese report puts before a figure, and the explicit plus of a change.
/// Stored by name, so a later word can be added without renumbering.
/// </summary>
public enum FigureQualifier
{
    /// <summary>"+4,7": a change written with its sign.</summary>
    Plus,

    /// <summary>trên.</summary>
    Over,

    /// <summary>hơn.</summary>
    MoreThan,

    /// <summary>gần.</summary>
    Nearly,

    /// <summary>khoảng.</summary>
    About,

    /// <summary>xấp xỉ.</summary>
    Approximately,

    /// <summary>đạt.</summary>
    Reached,

    /// <summary>vượt.</summary>
    Exceeded,

    /// <summary>tăng.</summary>
    Up,

    /// <summary>giảm.</summary>
    Down,
}
