using WorkSessions.Domain.Attachments;
using WorkSessions.Web.Infrastructure;

namespace WorkSessions.Web.Features.Attachments;

/// <summary>Downloads of a session's files; <see cref="AttachmentService"/> answers "not found" for what the user may not see.</summary>
public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this WebApplication app) =>
        app.MapGet("/attachments/{id:int}", async (int id, bool? download, AttachmentService attachments, HttpContext http, CancellationToken ct) =>
        {
            if (await attachments.OpenAsync(id, ct) is not { } file)
            {
                return Results.NotFound();
            }

            // PDFs and photos open in the browser; Word and Excel files are always saved.
            var inline = download != true && file.Format is FileFormat.Pdf or FileFormat.Jpeg or FileFormat.Png;
            FileResponses.Describe(http.Response, file.FileName, inline);
            return Results.Stream(file.Content, file.Format.ContentType());
        }).RequireAuthorization();
}
