namespace WorkSessions.Web.Features.Calendar;

/// <summary>
/// The feed itself. It opens without a sign-in (calendar apps have none): the key in the query is
/// the credential, and being in the query it stays out of the request log, which records paths only.
/// </summary>
public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this WebApplication app) =>
        app.MapGet(CalendarFeeds.Path, async (string? key, CalendarFeeds feeds, HttpContext http, CancellationToken ct) =>
        {
            if (await feeds.FeedAsync(key, ct) is not { } ics)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(ics, "text/calendar; charset=utf-8");
        }).AllowAnonymous();
}
