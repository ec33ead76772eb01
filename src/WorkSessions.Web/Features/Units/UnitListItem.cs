using WorkSessions.Domain.Units;

namespace WorkSessions.Web.Features.Units;

public sealed record UnitListItem(int Id, string Name, UnitKind Kind, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo, string? MergedInto);
