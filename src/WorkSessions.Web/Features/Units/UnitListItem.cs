using WorkSessions.Domain.Units;

namespace WorkSessions.Web.Features.Units;

/// <summary>A unit in the register; <paramref name="AwaitsReview"/> when the office added it from a session.</summary>
public sealed record UnitListItem(int Id, string Name, UnitKind Kind, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo, string? MergedInto, bool AwaitsReview = false);
