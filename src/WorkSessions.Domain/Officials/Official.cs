using WorkSessions.Domain.Common;
using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Officials;

/// <summary>A person (cán bộ). Titles change over time, so they are held for periods.</summary>
public sealed class Official : Entity
{
    public const int NameMaxLength = 100;

    private readonly List<PositionHolding> _positions = [];

    private Official()
    {
        FullName = string.Empty;
        SearchKey = string.Empty;
    }

    public Official(string fullName)
        : this() => Rename(fullName);

    public string FullName { get; private set; }

    public string SearchKey { get; private set; }

    /// <summary>
    /// Added by office staff while recording a session, so recording never waits on an
    /// administrator; the official stays usable and an administrator reviews it in the register.
    /// </summary>
    public bool AwaitsReview { get; private set; }

    /// <summary>The official was added from the session editor: an administrator should look at it.</summary>
    public void AwaitReview() => AwaitsReview = true;

    /// <summary>An administrator has looked at the official (saving it in the register does so).</summary>
    public void MarkReviewed() => AwaitsReview = false;

    public IReadOnlyList<PositionHolding> Positions =>
        [.. _positions.Where(p => !p.IsDeleted).OrderBy(p => p.From).ThenBy(p => p.Rank)];

    public void Rename(string fullName)
    {
        FullName = Guard.Required(fullName, nameof(FullName), "Họ và tên", NameMaxLength);
        SearchKey = VietnameseText.SearchKey(FullName);
    }

    public PositionHolding AddPosition(string title, Unit? unit, DateOnly from, DateOnly? to = null, int rank = 0)
    {
        var holding = new PositionHolding(title, unit, from, to, rank);
        _positions.Add(holding);
        return holding;
    }

    public void EndPosition(PositionHolding holding, DateOnly lastDay)
    {
        if (!_positions.Contains(holding))
        {
            throw new DomainException("Chức vụ này không thuộc cán bộ.", nameof(Positions));
        }

        holding.End(lastDay);
    }

    /// <summary>
    /// The full title held on a day, higher offices first, as written in documents of that day;
    /// empty when the official held no recorded position then.
    /// </summary>
    public string TitleOn(DateOnly date) =>
        string.Join(", ", _positions.Where(p => p.IsHeldOn(date)).OrderBy(p => p.Rank).ThenBy(p => p.From).Select(p => p.Title));
}
