using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// An answer without a body (a 400 from a stale form, a 404, a 405 for a wrong method) gets the
/// portal's Vietnamese page with a request id (<c>/status/{code}</c>), in every environment.
/// </summary>
/// <remarks>
/// ASP.NET Core's <c>UseStatusCodePagesWithReExecute</c> re-executes with the request's own method:
/// the page answers GET, so a PUT came back as an empty 405, and a POST was checked for its
/// antiforgery token again and came back as an empty 400. This is the same re-execution (routing
/// again, a scope of its own, the original request restored after), as a GET.
/// </remarks>
public static class StatusPages
{
    /// <summary>The page's address for a status code: <c>/status/405</c>.</summary>
    public static string PathOf(int statusCode) => "/status/" + statusCode.ToString(CultureInfo.InvariantCulture);

    public static WebApplication UsePortalStatusPages(this WebApplication app)
    {
        RequestDelegate? rerouted = null;
        app.UseStatusCodePages(new StatusCodePagesOptions
        {
            HandleAsync = async context =>
            {
                rerouted ??= Routed(app, context.Next);
                await ReExecuteAsGetAsync(context.HttpContext, rerouted);
            },
        });
        return app;
    }

    /// <summary>
    /// After UseAntiforgery: a form posted without a valid token is answered 400 before any endpoint
    /// runs, so the status page says it in Vietnamese (the form endpoints would write an English line).
    /// </summary>
    public static WebApplication UseAntiforgeryRefusalPage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// Routing, then the rest of the pipeline: the re-executed path needs its own endpoint. A branch of
    /// a WebApplication does not carry the application's endpoints; routing finds them under this key
    /// (the one ASP.NET Core's own re-execution sets).
    /// </summary>
    private static RequestDelegate Routed(WebApplication app, RequestDelegate next)
    {
        var branch = ((IApplicationBuilder)app).New();
        branch.Properties["__GlobalEndpointRouteBuilder"] = app;
        branch.UseRouting();
        branch.Run(next);
        return branch.Build();
    }

    private static async Task ReExecuteAsGetAsync(HttpContext http, RequestDelegate rerouted)
    {
        var request = http.Request;
        var (path, pathBase, query, method) = (request.Path, request.PathBase, request.QueryString, request.Method);
        var endpoint = http.GetEndpoint();
        var routeValues = http.Features.Get<IRouteValuesFeature>()?.RouteValues;
        http.Features.Set<IStatusCodeReExecuteFeature>(new ReExecuted(
            path.Value ?? string.Empty,
            pathBase.Value ?? string.Empty,
            query.HasValue ? query.Value : null,
            http.Response.StatusCode,
            endpoint,
            routeValues is null ? null : new(routeValues)));
        http.SetEndpoint(null);
        routeValues?.Clear();
        request.Path = PathOf(http.Response.StatusCode);
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;

        // The page is a new GET: a failed antiforgery check of the original post is not its own.
        var antiforgery = http.Features.Get<IAntiforgeryValidationFeature>();
        http.Features.Set<IAntiforgeryValidationFeature?>(null);
        var services = http.RequestServices;
        await using var scope = services.CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await rerouted(http);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            http.RequestServices = services;
            http.Features.Set<IStatusCodeReExecuteFeature?>(null);
            http.Features.Set(antiforgery);
        }
    }

    private sealed record ReExecuted(
        string OriginalPath,
        string OriginalPathBase,
        string? OriginalQueryString,
        int OriginalStatusCode,
        Endpoint? Endpoint,
        RouteValueDictionary? RouteValues) : IStatusCodeReExecuteFeature
    {
        string IStatusCodeReExecuteFeature.OriginalPath { get => OriginalPath; set => throw new NotSupportedException(); }

        string IStatusCodeReExecuteFeature.OriginalPathBase { get => OriginalPathBase; set => throw new NotSupportedException(); }

        string? IStatusCodeReExecuteFeature.OriginalQueryString { get => OriginalQueryString; set => throw new NotSupportedException(); }
    }
}
