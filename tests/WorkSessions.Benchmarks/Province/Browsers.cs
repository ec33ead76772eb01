using Microsoft.Playwright;

namespace WorkSessions.Benchmarks.Province;

/// <summary>Debian's Chromium as the browser tests start it (for the notice benchmarks too), and the portal's sign-in form.</summary>
internal static class Browsers
{
    public const string DemoPassword = "Demo@2021!";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        // The last four keep it off this machine's closed network.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>A browser context signed in as <paramref name="userName"/>; its pages share the sign-in cookie.</summary>
    public static async Task<IBrowserContext> SignedInAsync(IBrowser browser, string baseUrl, string userName)
    {
        var context = await browser.NewContextAsync(new() { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.CloseAsync();
        return context;
    }
}
