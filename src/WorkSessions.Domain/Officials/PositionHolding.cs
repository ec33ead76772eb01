using WorkSessions.Domain.Common;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Officials;

/// <summary>A title held by an official in a unit for a period ("Bí thư Tỉnh ủy", from, to).</summary>
public sealed class PositionHolding : Entity
{
    public const int TitleMaxLength = 200;

    private PositionHolding()
    {
        Title = string.Empty;
    }

    internal PositionHolding(string title, Unit? unit, DateOnly from, DateOnly? to, int rank)
    {
        Title = Guard.Required(title, nameof(Title), "Chức vụ", TitleMaxLength);
        Guard.DateOrder(from, to, nameof(To), "Ngày thôi giữ chức vụ không được trước ngày bắt đầu.");
        Unit = unit;
        UnitId = unit?.Id > 0 ? unit.Id : null;
        From = from;
        To = to;
        Rank = rank;
    }

    public int OfficialId { get; private set; }

    public string Title { get; private set; }

    public int? UnitId { get; private set; }

    public Unit? Unit { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>Order in a combined title: the higher office comes first ("Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy").</summary>
    public int Rank { get; private set; }

    public bool IsHeldOn(DateOnly date) => !IsDeleted && From <= date && (To is null || date <= To);

    internal void End(DateOnly lastDay)
    {
        Guard.DateOrder(From, lastDay, nameof(To), "Ngày thôi giữ chức vụ không được trước ngày bắt đầu.");
        To = lastDay;
    }
}
