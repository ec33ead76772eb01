using WorkSessions.Domain.Common;

namespace WorkSessions.Domain.Units;

/// <summary>
/// A Party committee, agency or organisation. Units form a tree and live for a period:
/// a unit abolished or merged keeps its name for the records of its time.
/// </summary>
public sealed class Unit : Entity
{
    public const int ShortNameMaxLength = 100;
    public const int NameMaxLength = 200;

    private Unit()
    {
        Name = string.Empty;
        SearchKey = string.Empty;
    }

    public Unit(string name, UnitKind kind, DateOnly validFrom, Unit? parent = null, string? shortName = null)
        : this()
    {
        Rename(name, shortName);
        Kind = kind;
        ValidFrom = validFrom;
        SetParent(parent);
    }

    public string Name { get; private set; }

    /// <summary>The form used in running text, e.g. "Huyện ủy" for Huyện ủy Trực Ninh.</summary>
    public string? ShortName { get; private set; }

    public UnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public Unit? Parent { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day the unit existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; private set; }

    public int? MergedIntoId { get; private set; }

    public Unit? MergedInto { get; private set; }

    /// <summary>Folded name for accent-insensitive search.</summary>
    public string SearchKey { get; private set; }

    /// <summary>
    /// Added by office staff while recording a session, so recording never waits on an
    /// administrator; the unit stays usable and an administrator reviews it in the register.
    /// </summary>
    public bool AwaitsReview { get; private set; }

    /// <summary>The unit was added from the session editor: an administrator should look at it.</summary>
    public void AwaitReview() => AwaitsReview = true;

    /// <summary>An administrator has looked at the unit (saving it in the register does so).</summary>
    public void MarkReviewed() => AwaitsReview = false;

    public bool IsValidOn(DateOnly date) => IsValidDuring(date, date);

    /// <summary>The unit existed on at least one day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool IsValidDuring(DateOnly first, DateOnly last) => ValidFrom <= last && (ValidTo is null || first <= ValidTo);

    public void Rename(string name, string? shortName)
    {
        // Check both before changing either: a refused rename leaves the unit as it was.
        var checkedName = Guard.Required(name, nameof(Name), "Tên đơn vị", NameMaxLength);
        var checkedShortName = Guard.Optional(shortName, nameof(ShortName), "Tên ngắn", ShortNameMaxLength);
        Name = checkedName;
        ShortName = checkedShortName;
        SearchKey = VietnameseText.SearchKey(Name, ShortName);
    }

    public void SetParent(Unit? parent)
    {
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor, this))
            {
                throw new DomainException("Đơn vị cấp trên không thể là chính đơn vị này hoặc đơn vị cấp dưới của nó.", nameof(Parent));
            }
        }

        Parent = parent;
        ParentId = parent?.Id > 0 ? parent.Id : null; // a new parent gets its key from EF through the navigation
    }

    /// <summary>Ends the unit on <paramref name="lastDay"/> without a successor (abolished).</summary>
    public void Close(DateOnly lastDay)
    {
        Guard.DateOrder(ValidFrom, lastDay, nameof(ValidTo), "Ngày kết thúc không được trước ngày thành lập.");
        ValidTo = lastDay;
    }

    /// <summary>Ends the unit on <paramref name="lastDay"/>; its work continues in <paramref name="successor"/>.</summary>
    public void MergeInto(Unit successor, DateOnly lastDay)
    {
        if (ReferenceEquals(successor, this))
        {
            throw new DomainException("Không thể hợp nhất đơn vị vào chính nó.", nameof(MergedInto));
        }

        if (successor.ValidFrom > lastDay.AddDays(1) || !successor.IsValidOn(lastDay.AddDays(1)))
        {
            throw new DomainException("Đơn vị tiếp nhận phải đang hoạt động vào ngày sau khi hợp nhất.", nameof(MergedInto));
        }

        Close(lastDay);
        MergedInto = successor;
    }
}
