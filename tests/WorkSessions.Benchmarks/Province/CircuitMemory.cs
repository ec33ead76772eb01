using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace WorkSessions.Benchmarks.Province;

/// <summary>
/// <c>circuits FILE [PAGES] [PATH]</c>: the server's memory per interactive circuit. The portal runs in
/// this process on loopback; Chromium opens PAGES tabs (50 by default) on PATH (/tasks), each waiting until its
/// circuit is live, and they stay open. The managed heap after a full collection and the process's
/// working set are read before and after; the difference divided by PAGES is one circuit's share.
/// </summary>
internal static class CircuitMemory
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: circuits FILE [PAGES] [PATH]");
            return 2;
        }

        var pages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var path = args.Length > 3 ? args[3] : "/tasks";
        await using var portal = ProvincePortal.Start(args[1], kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var context = await Browsers.SignedInAsync(browser, portal.BaseUrl, "vanphong");

        // One page first, closed again, so that what every circuit shares (compiled code, caches) is in the "before".
        var warm = await OpenAsync(context, portal.BaseUrl + path);
        await warm.CloseAsync();
        var (heapBefore, setBefore) = Measure();

        var open = new List<IPage>();
        for (var i = 0; i < pages; i++)
        {
            open.Add(await OpenAsync(context, portal.BaseUrl + path));
        }

        var (heapAfter, setAfter) = Measure();
        Console.WriteLine($"{pages} circuits on {path} ({await open[^1].Locator("tbody tr").CountAsync()} table rows each)");
        Console.WriteLine($"managed heap: {Mib(heapBefore)} → {Mib(heapAfter)} MiB, {(heapAfter - heapBefore) / 1024.0 / pages:F0} KiB per circuit");
        Console.WriteLine($"working set:  {Mib(setBefore)} → {Mib(setAfter)} MiB, {(setAfter - setBefore) / 1024.0 / pages:F0} KiB per circuit");
        await context.CloseAsync();
        return 0;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    private static (long Heap, long WorkingSet) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
}
