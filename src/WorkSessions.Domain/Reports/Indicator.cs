using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Reports;

/// <summary>A figure in a report: "F1 đã hoàn thành cách ly tập trung: 223 / 224 người".</summary>
public sealed class Indicator : Entity
{
    private Indicator()
    {
        Name = string.Empty;
        UnitOfMeasure = string.Empty;
    }

    internal Indicator(string name, decimal value, string unitOfMeasure, decimal? target, string? note, int order)
        : this()
    {
        Change(name, value, unitOfMeasure, target, note);
        Order = order;
    }

    public void Change(string name, decimal value, string unitOfMeasure, decimal? target, string? note)
    {
        var checkedName = Guard.Required(name, nameof(Name), "Tên chỉ tiêu", 300);
        var checkedUnit = Guard.Required(unitOfMeasure, nameof(UnitOfMeasure), "Đơn vị tính", 50);
        var checkedNote = Guard.Optional(note, nameof(Note), "Ghi chú", 500);
        if (value < 0)
        {
            throw new DomainException("Giá trị chỉ tiêu không được âm.", nameof(Value));
        }

        if (target < 0)
        {
            throw new DomainException("Chỉ tiêu kế hoạch không được âm.", nameof(Target));
        }

        Name = checkedName;
        UnitOfMeasure = checkedUnit;
        Note = checkedNote;
        Value = value;
        Target = target;
    }

    public int UnitReportId { get; private set; }

    public string Name { get; private set; }

    public decimal Value { get; private set; }

    public string UnitOfMeasure { get; private set; }

    /// <summary>The figure aimed at or the whole it is part of (224 F1 contacts), when there is one.</summary>
    public decimal? Target { get; private set; }

    public string? Note { get; private set; }

    public int Order { get; private set; }

    internal void MoveTo(int order) => Order = order;
}
