using System.Collections.Concurrent;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Assessment.Web.Reports;

/// <summary>
/// Prints report HTML to PDF in Debian's headless Chromium (never a downloaded browser), one browser for every
/// report it prints. Tabs are kept and reused (opening one costs about as much as printing a short page), and
/// several prints may run at once, each in its own tab. Where there is no Chromium at <see cref="ChromiumPath"/>,
/// <see cref="IsAvailable"/> is false and callers offer HTML only.
/// </summary>
/// <param name="chromiumPath">The Chromium binary: the setting Reports:ChromiumPath in the app (<see cref="PathFrom"/>),
/// the report command's --chromium on the command line.</param>
public sealed class PdfPrinter(string chromiumPath) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly SemaphoreSlim launching = new(1, 1);
    private readonly ConcurrentBag<IPage> idleTabs = [];
    private IBrowser? browser;

    /// <summary>
    /// How many reports a batch prints at once: one per core, at most four. Chromium lays out and prints each tab in
    /// its own renderer process, so a second print uses the second core (measured: 60 reports, see
    /// reports/benchmarks/2026-12-02-reports.md).
    /// </summary>
    public static int PrintsAtOnce => Math.Clamp(Environment.ProcessorCount, 1, 4);

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
        var page = idleTabs.TryTake(out var idle) && !idle.IsClosed ? idle : await chromium.NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 });
            cancellation.ThrowIfCancellationRequested();
            var pdf = await page.PdfDataAsync(Options(culture));
            idleTabs.Add(page);
            return pdf;
        }
        catch
        {
            // A tab that failed or was interrupted mid-print is not trusted again.
            await page.DisposeAsync();
            throw;
        }
    }

    private static PdfOptions Options(string culture) => new()
    {
        Format = PaperFormat.A4,
        PrintBackground = true,
        PreferCSSPageSize = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = "<span></span>",
        FooterTemplate = $"<div style=\"width:100%;text-align:center;font-size:8px;color:#52525b;font-family:{ReportStyles.PrintFonts}\">{ReportTexts.Page.For(culture)}</div>",
    };

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
