namespace WorkSessions.Web.Features.Sessions.Editing;

/// <summary>Moving a row of the form up or down; the numbers follow from the order when saved.</summary>
public static class ListMoves
{
    public static void Move<T>(List<T> list, int index, int by)
    {
        ArgumentNullException.ThrowIfNull(list);
        var target = index + by;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count)
        {
            return;
        }

        (list[index], list[target]) = (list[target], list[index]);
    }
}
