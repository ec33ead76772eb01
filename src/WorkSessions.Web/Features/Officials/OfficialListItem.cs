namespace WorkSessions.Web.Features.Officials;

/// <summary>An official with the title held today, or the last title held if none is current; <paramref name="AwaitsReview"/> when added from a session.</summary>
public sealed record OfficialListItem(int Id, string FullName, string Title, bool HoldsOfficeToday, bool AwaitsReview = false);
