using Microsoft.Playwright;

namespace Assessment.Benchmarks;

/// <summary>
/// Debian's headless Chromium (apt-get install -y chromium fonts-noto-cjk), as the end-to-end tests launch it:
/// never a browser downloaded by Playwright.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private const string ExecutablePath = "/usr/bin/chromium";
    private readonly IPlaywright playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (this.playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new FileNotFoundException($"Chromium is missing at {ExecutablePath}. Install it with: apt-get install -y chromium fonts-noto-cjk");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
