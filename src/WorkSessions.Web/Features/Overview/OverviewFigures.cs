namespace WorkSessions.Web.Features.Overview;

/// <summary>The counts on the home page; the full dashboard builds on them.</summary>
public sealed record OverviewFigures(int Sessions, int Tasks, int Done, int AwaitingConfirmation, int Overdue, int DueSoon, int OnTime, int NoDeadline);
