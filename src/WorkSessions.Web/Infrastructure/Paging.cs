using MudBlazor;

namespace WorkSessions.Web.Infrastructure;

/// <summary>A page of a server-side list: zero-based page, its size, one sort column.</summary>
public sealed record PageRequest(int Page, int PageSize, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 100;

    public int Skip => Math.Max(0, Page) * Size;

    /// <summary>Clamped, so that a crafted request cannot ask for the whole table.</summary>
    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    public static PageRequest From<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new PageRequest(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount)
{
    public GridData<T> ToGridData() => new() { Items = Items, TotalItems = TotalCount };
}

public static class PagingExtensions
{
    public static IQueryable<T> Page<T>(this IQueryable<T> query, PageRequest page) =>
        query.Skip(page.Skip).Take(page.Size);
}
