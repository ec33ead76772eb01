using System.Net;
using System.Text.RegularExpressions;

namespace WorkSessions.Web.Tests.Infrastructure;

/// <summary>
/// A form posted as a browser (or a script) posts it: the page is read first for its antiforgery token,
/// then the fields are sent, optionally "from" another client address (X-Forwarded-For, as nginx sends it).
/// </summary>
public static partial class FormPosts
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields, string? fromAddress = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        From(get, fromAddress);
        using var page = await client.SendAsync(get);
        var token = Token().Match(await page.Content.ReadAsStringAsync());
        if (!token.Success)
        {
            throw new InvalidOperationException($"{path} answered {(int)page.StatusCode} without an antiforgery token");
        }

        var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent([new("_handler", formName), new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)), .. fields]),
        };
        From(post, fromAddress);
        return await client.SendAsync(post);
    }

    /// <summary>The sign-in form of <c>/account/login</c>.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? fromAddress = null) =>
        PostAsync(client, "/account/login", "login", [new("Input.UserName", userName), new("Input.Password", password)], fromAddress);

    /// <summary>A sign-in answered with the sign-in cookie.</summary>
    public static bool SignsIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("WorkSessions.Auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    /// <summary>The page's text, entities decoded.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static void From(HttpRequestMessage request, string? address)
    {
        if (address is not null)
        {
            request.Headers.Add("X-Forwarded-For", address);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
