using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>
/// Outside Development an unhandled error shows the generic Vietnamese page with a correlation id;
/// the details go to the log only. A Production host of its own, with a route that fails.
/// </summary>
[Collection(Infrastructure.PortalCollection.Name)]
public sealed partial class ErrorPageTests : IDisposable
{
    private const string Secret = "chi-tiet-noi-bo-khong-duoc-lo";
    private readonly OwnHost _host = new("Production", services: services => services.AddSingleton<IStartupFilter>(new FailingRoute()));

    [Fact]
    public async Task An_unhandled_error_shows_the_Vietnamese_page_with_a_request_id_and_no_details()
    {
        using var client = _host.Client();

        using var response = await client.GetAsync("/test/fail");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Đã xảy ra lỗi");
        html.ShouldContain("Mã yêu cầu:");
        RequestId().IsMatch(html).ShouldBeTrue("the page names the request, so the log can be searched for it");
        html.ShouldNotContain(Secret);
        html.ShouldNotContain("InvalidOperationException");
    }

    public void Dispose() => _host.Dispose();

    /// <summary>A route at the end of the pipeline (after the exception handler) that throws.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/fail", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    [GeneratedRegex(@"<code>[0-9a-f\-]{16,}</code>")]
    private static partial Regex RequestId();
}
