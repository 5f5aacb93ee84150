using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Assessment.Web.Reports;

/// <summary>
/// Prints report HTML to PDF in Debian's headless Chromium (never a downloaded browser), one browser for every
/// report it prints: a batch opens a tab per report, not a browser. Where there is no Chromium at
/// <see cref="ChromiumPath"/>, <see cref="IsAvailable"/> is false and callers offer HTML only.
/// </summary>
/// <param name="chromiumPath">The Chromium binary: the setting Reports:ChromiumPath in the app (<see cref="PathFrom"/>),
/// the report command's --chromium on the command line.</param>
public sealed class PdfPrinter(string chromiumPath) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly SemaphoreSlim launching = new(1, 1);
    private IBrowser? browser;

    /// <summary>At <see cref="DefaultPath"/>.</summary>
    public PdfPrinter() : this(DefaultPath) { }

    /// <summary>ASSESSMENT_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string DefaultPath => Environment.GetEnvironmentVariable("ASSESSMENT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The app's setting Reports:ChromiumPath, else <see cref="DefaultPath"/>.</summary>
    public static string PathFrom(IConfiguration configuration) => configuration["Reports:ChromiumPath"] is { Length: > 0 } path ? path : DefaultPath;

    public string ChromiumPath { get; } = chromiumPath;

    public bool IsAvailable => File.Exists(ChromiumPath);

    public async Task<byte[]> PrintAsync(string html, string culture, CancellationToken cancellation = default)
    {
        var chromium = await BrowserAsync(cancellation);
        await using var page = await chromium.NewPageAsync();
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 });
        cancellation.ThrowIfCancellationRequested();
        return await page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = $"<div style=\"width:100%;text-align:center;font-size:8px;color:#52525b;font-family:'Noto Sans CJK SC',sans-serif\">{ReportTexts.Page.For(culture)}</div>",
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellation)
    {
        if (browser is { IsConnected: true }) return browser;
        await launching.WaitAsync(cancellation);
        try
        {
            if (browser is { IsConnected: true }) return browser;
            if (!IsAvailable) throw new InvalidOperationException(ReportTexts.NoChromium.En + $" ({ChromiumPath})");
            return browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = ChromiumPath, Args = ChromiumArgs });
        }
        finally
        {
            launching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        launching.Dispose();
    }
}
