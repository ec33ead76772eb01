namespace WorkSessions.Domain.Common;

/// <summary>Numbered lists (attendees, sections, figures, directives) put in a new order, 1..n with no gap.</summary>
internal static class Ordering
{
    /// <summary><paramref name="desired"/> must hold exactly the items of <paramref name="current"/>, each once.</summary>
    public static void Arrange<T>(IReadOnlyList<T> current, IReadOnlyList<T> desired, Action<T, int> moveTo, string field)
        where T : class
    {
        if (desired.Count != current.Count || desired.Distinct().Count() != desired.Count || desired.Any(d => !current.Contains(d)))
        {
            throw new DomainException("Thứ tự mới phải gồm đúng các mục đang có, mỗi mục một lần.", field);
        }

        for (var i = 0; i < desired.Count; i++)
        {
            moveTo(desired[i], i + 1);
        }
    }
}
