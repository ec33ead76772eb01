using WorkSessions.Domain.Units;

namespace WorkSessions.Domain.Tasks;

/// <summary>A unit that works with the lead unit on a task (đơn vị phối hợp).</summary>
public sealed class TaskCoordinatingUnit
{
    private TaskCoordinatingUnit()
    {
    }

    internal TaskCoordinatingUnit(Unit unit)
    {
        Unit = unit;
    }

    public int FollowUpTaskId { get; private set; }

    public int UnitId { get; private set; }

    public Unit Unit { get; private set; } = null!;
}
