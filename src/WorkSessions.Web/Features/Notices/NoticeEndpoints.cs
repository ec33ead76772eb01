using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Notices;

/// <summary>
/// The notice's files. Access is decided by <see cref="NoticeFiles"/>, which answers "not found"
/// for what the user may not see; the endpoints only shape the response.
/// </summary>
public static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this WebApplication app)
    {
        var files = app.MapGroup("/notices/{id:int}").RequireAuthorization();

        // ?download=true sends it as an attachment; otherwise the browser shows it (inline).
        files.MapGet("/pdf", async (int id, bool? download, NoticeFiles notices, HttpContext http, CancellationToken ct) =>
            Send(http, await notices.PdfAsync(id, ct), download == true));
        files.MapGet("/docx", async (int id, NoticeFiles notices, HttpContext http, CancellationToken ct) =>
            Send(http, await notices.DocxAsync(id, ct), attachment: true));
    }

    private static IResult Send(HttpContext http, NoticeFile? file, bool attachment)
    {
        if (file is null)
        {
            return Results.NotFound();
        }

        FileResponses.Describe(http.Response, file.FileName, inline: !attachment);
        return Results.Bytes(file.Content, file.ContentType);
    }
}
