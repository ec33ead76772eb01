using Microsoft.Net.Http.Headers;

namespace WorkSessions.Web.Infrastructure;

/// <summary>The headers every file the portal sends carries: its name, in Vietnamese too, and no caching.</summary>
public static class FileResponses
{
    public static void Describe(HttpResponse response, string fileName, bool inline)
    {
        ArgumentNullException.ThrowIfNull(response);

        // filename* (RFC 5987) carries "Thông báo Trực Ninh.pdf" whole; filename is the ASCII fallback.
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();

        // Internal Party documents are kept neither by shared caches nor in the browser's disk cache.
        response.Headers.CacheControl = "no-store";
    }
}
