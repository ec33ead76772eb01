using WorkSessions.Web.Features.Tasks;

namespace WorkSessions.Web.Features.Overview;

/// <summary>One line of a breakdown: a unit, a field or a leader, with its formula and the filter behind its figures.</summary>
public sealed record TallyLine(string Name, TaskFilter Filter, Tally Tally);
