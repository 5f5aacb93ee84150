using Assessment.Web.Tests.Dashboards;
using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// One headless Chromium for the end-to-end tests: Debian's package (apt-get install -y chromium fonts-noto-cjk),
/// never a browser downloaded by Playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException($"Chromium is missing at {ChromiumPath}. Install it with: apt-get install -y chromium fonts-noto-cjk");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh context (no cookies) at laptop size unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = width, Height = height } });
        // 30 s: test classes run in parallel, each with its own app and browser, on a shared 2-core machine; a sign-in
        // (password hash, redirect, new circuit) once took over 15 s there. A wait only lasts that long when it fails.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        SignInExtensions.RememberBaseUrl(page, baseUrl);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}

/// <summary>
/// The app on a fresh data folder with the demo data set it loads itself, shared by every end-to-end class that only
/// reads the demo data: one app process for all of them. A class that writes starts its own app.
/// </summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    public AppServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await AppServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<AppServerFixture>, ICollectionFixture<DashboardAppFixture>
{
    // End-to-end classes share one browser and run one after another: the machine has two cores. The two read-only
    // apps (the demo data; the demo data plus the dashboard rounds) are shared by the classes that only read them.
    public const string Name = "browser";
}
