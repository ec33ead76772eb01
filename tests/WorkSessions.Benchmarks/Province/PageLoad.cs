using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace WorkSessions.Benchmarks.Province;

/// <summary>
/// <c>load FILE [SECONDS] [CONNECTIONS]</c>: the server-rendered first response of /sessions and
/// /tasks under load. The portal runs in this process on loopback; a signed-in cookie is taken from
/// Chromium, and Debian's <c>wrk</c> sends GETs with it for SECONDS (20) over CONNECTIONS (16) on 2
/// threads, printing throughput and latency percentiles. wrk and the portal share the 2 cores.
/// </summary>
internal static class PageLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: load FILE [SECONDS] [CONNECTIONS]");
            return 2;
        }

        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var connections = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
        await using var portal = ProvincePortal.Start(args[1], kestrel: true);
        string cookie;
        using (var playwright = await Playwright.CreateAsync())
        await using (var browser = await Browsers.LaunchAsync(playwright))
        {
            var context = await Browsers.SignedInAsync(browser, portal.BaseUrl, "vanphong");
            cookie = string.Join("; ", (await context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
            await context.CloseAsync();
        }

        foreach (var path in new[] { "/sessions", "/tasks" })
        {
            using var check = new HttpClient();
            check.DefaultRequestHeaders.Add("Cookie", cookie);
            var first = await check.GetAsync(portal.BaseUrl + path);
            Console.WriteLine($"## GET {path}: {(int)first.StatusCode}, {(await first.Content.ReadAsByteArrayAsync()).Length / 1024.0:F0} KiB");
            // A short run first, so that the timed one meets compiled code and warm caches.
            await WrkAsync(portal.BaseUrl + path, cookie, 3, connections, quiet: true);
            await WrkAsync(portal.BaseUrl + path, cookie, seconds, connections, quiet: false);
        }

        return 0;
    }

    private static async Task WrkAsync(string url, string cookie, int seconds, int connections, bool quiet)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-H", "Cookie: " + cookie, url })
        {
            start.ArgumentList.Add(arg);
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (!quiet)
        {
            Console.WriteLine(output);
        }
    }
}
