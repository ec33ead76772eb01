namespace WorkSessions.Web.Shared.Access;

/// <summary>
/// A refusal raised by a service while a plain endpoint (an export, a download, a form post) or a
/// page's first render runs: the answer is 403, which the status pages turn into the Vietnamese
/// "Không có quyền truy cập" page with a request id. The refusal is audited by the service that
/// raised it; without this it reached the browser as a 500 "Đã xảy ra lỗi". Inside a live page the
/// layout's error boundary says the same and keeps the circuit.
/// </summary>
public static class AccessRefusals
{
    public static IApplicationBuilder UseAccessRefusals(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (AccessDeniedException) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
        });
}
