using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

/// <summary>
/// A figure in a report: "F1 đã hoàn thành cách ly tập trung: 223 / 224 người", "Thu ngân sách: trên
/// 181 tỉ đồng". The number and its qualifier are kept apart so the number can be counted and the
/// qualifier is never lost; a change may be negative ("-2,3 %").
/// </summary>
public sealed class Indicator : Entity
{
    public const int NameMaxLength = 300;
    public const int UnitOfMeasureMaxLength = 50;
    public const int NoteMaxLength = 500;

    private Indicator()
    {
        Name = string.Empty;
        UnitOfMeasure = string.Empty;
    }

    internal Indicator(string name, Figure value, string unitOfMeasure, Figure? target, string? note, int order)
        : this()
    {
        Change(name, value, unitOfMeasure, target, note);
        Order = order;
    }

    public void Change(string name, Figure value, string unitOfMeasure, Figure? target, string? note)
    {
        var checkedName = Guard.Required(name, nameof(Name), "Tên chỉ tiêu", NameMaxLength);
        var checkedUnit = Guard.Required(unitOfMeasure, nameof(UnitOfMeasure), "Đơn vị tính", UnitOfMeasureMaxLength);
        var checkedNote = Guard.Optional(note, nameof(Note), "Ghi chú", NoteMaxLength);
        Storable(value.Number, nameof(Value));
        if (target is { } plan)
        {
            Storable(plan.Number, nameof(Target));
        }

        Name = checkedName;
        UnitOfMeasure = checkedUnit;
        Note = checkedNote;
        Value = value.Number;
        ValueQualifier = value.Qualifier;
        Target = target?.Number;
        TargetQualifier = target?.Qualifier;
    }

    public int UnitReportId { get; private set; }

    public string Name { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>"trên", "gần", "+": the word the source put before <see cref="Value"/>, if any.</summary>
    public FigureQualifier? ValueQualifier { get; private set; }

    public Figure ValueFigure => new(Value, ValueQualifier);

    public string UnitOfMeasure { get; private set; }

    /// <summary>The figure aimed at or the whole it is part of (224 F1 contacts), when there is one.</summary>
    public decimal? Target { get; private set; }

    public FigureQualifier? TargetQualifier { get; private set; }

    public Figure? TargetFigure => Target is { } target ? new Figure(target, TargetQualifier) : null;

    public string? Note { get; private set; }

    public int Order { get; private set; }

    internal void MoveTo(int order) => Order = order;

    /// <summary>A number the database would round or overflow is refused: what is stored is what was shown.</summary>
    private static void Storable(decimal number, string field)
    {
        if (number.Scale > Figure.MaxDecimals && decimal.Round(number, Figure.MaxDecimals) != number)
        {
            throw new DomainException($"Số liệu chỉ ghi tối đa {Figure.MaxDecimals} chữ số sau dấu phẩy.", field) { Code = "TooManyDecimals", Arguments = [Figure.MaxDecimals] };
        }

        if (Math.Abs(decimal.Truncate(number)).ToString(System.Globalization.CultureInfo.InvariantCulture).Length > Figure.MaxWholeDigits)
        {
            throw new DomainException($"Số liệu quá lớn: tối đa {Figure.MaxWholeDigits} chữ số trước dấu phẩy.", field) { Code = "FigureTooLarge", Arguments = [Figure.MaxWholeDigits] };
        }
    }
}
