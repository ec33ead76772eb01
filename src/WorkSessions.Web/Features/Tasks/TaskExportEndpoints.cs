using Microsoft.Extensions.Localization;
using WorkSessions.Documents.Tables;
using WorkSessions.Domain.Common;
using WorkSessions.Web.Infrastructure;
using WorkSessions.Web.Localization;

namespace WorkSessions.Web.Features.Tasks;

/// <summary>
/// The register as files: /tasks/export.xlsx and /tasks/export.csv take the list's address
/// (its filter, ?q= search, ?sort= and ?desc=) and hold exactly the rows the list shows, in its order.
/// Access is the list's own: a unit user's file holds their unit's tasks only.
/// </summary>
public static class TaskExportEndpoints
{
    public static void MapTaskExportEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/tasks").RequireAuthorization();
        group.MapGet("/export.xlsx", (HttpContext http, TaskQueries tasks, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken ct) =>
            ExportAsync(http, tasks, l, clock, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TableWorkbook.Write, ct));
        group.MapGet("/export.csv", (HttpContext http, TaskQueries tasks, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken ct) =>
            ExportAsync(http, tasks, l, clock, "csv", "text/csv; charset=utf-8", TableCsv.Write, ct));
    }

    /// <summary>The address of a file for the list as it stands: filter, search and sort.</summary>
    public static string Url(string extension, TaskFilter filter, string? search, string? sortBy, bool descending)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQuery();
        if (!string.IsNullOrWhiteSpace(search))
        {
            query["q"] = search;
        }

        if (sortBy is not null)
        {
            query["sort"] = sortBy;
            query["desc"] = descending ? "true" : "false";
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/tasks/export.{extension}", query);
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, TaskQueries tasks, IStringLocalizer l, TimeProvider clock, string extension, string contentType, Action<Table, Stream> write, CancellationToken ct)
    {
        var request = http.Request.Query;
        var filter = TaskFilter.FromQuery(http.Request.QueryString.Value);
        var rows = await tasks.ExportAsync(request["q"], filter, request["sort"], request["desc"] == "true", ct);
        if (rows is null)
        {
            return Results.Text(l["Register_TooMany", TaskQueries.MaxExportRows], "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        // Built in memory: the largest register allowed is a few megabytes, and a failure must not send half a file.
        using var buffer = new MemoryStream();
        write(TaskRegister.Build(rows, l), buffer);
        FileResponses.Describe(http.Response, $"{l["Register_Title"]} {clock.Today():dd-MM-yyyy}.{extension}", inline: false);
        return Results.Bytes(buffer.ToArray(), contentType);
    }
}
