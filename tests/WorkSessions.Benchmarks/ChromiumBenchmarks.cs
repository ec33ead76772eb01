using BenchmarkDotNet.Attributes;
using Microsoft.Playwright;
using WorkSessions.Benchmarks.Province;
using WorkSessions.Documents.Notices;

namespace WorkSessions.Benchmarks;

/// <summary>
/// Our PDF against a warm headless Chromium printing the notice's own HTML page, in the same run, so
/// the ratio compares like with like. The browser and its page are made once; each operation sets the
/// page's content and prints it. Allocations shown for Chromium are only this process's side.
/// </summary>
[MemoryDiagnoser]
public class ChromiumBenchmarks
{
    private readonly NoticeWording _trucNinh = Samples.TrucNinh();
    private readonly PagePdfOptions _print = new() { Format = "A4", PrintBackground = true, PreferCSSPageSize = true };
    private string _html = string.Empty;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    [GlobalSetup]
    public async Task LaunchAsync()
    {
        _html = NoticeHtml.Document(_trucNinh);
        _playwright = await Playwright.CreateAsync();
        _browser = await Browsers.LaunchAsync(_playwright);
        _page = await _browser.NewPageAsync();
    }

    [GlobalCleanup]
    public async Task CloseAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "PDF, Trực Ninh (ours)")]
    public byte[] Ours() => NoticePdf.Render(_trucNinh);

    [Benchmark(Description = "PDF, Trực Ninh (Chromium print)")]
    public async Task<byte[]> ChromiumAsync()
    {
        await _page!.SetContentAsync(_html);
        return await _page.PdfAsync(_print);
    }
}
