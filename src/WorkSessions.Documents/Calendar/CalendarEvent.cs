namespace WorkSessions.Documents.Calendar;

/// <summary>One planned session as a calendar event; <see cref="Start"/> null for a day with no time set, <see cref="Location"/> when no place is recorded.</summary>
public sealed record CalendarEvent(string Uid, DateOnly Day, TimeOnly? Start, string Summary, string? Location, string Description, DateTime StampUtc);
