using System.Collections.Immutable;
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
        // Assertions wait as long as actions do (30 s, NewPageAsync): with two browser collections at once on a loaded
        // two-core machine a page once took over 5 s (Expect's default) to render a condition it then met. The limit only
        // costs time when an assertion fails.
        Assertions.SetDefaultExpectTimeout(30_000);
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

/// <summary>
/// The browser tests run in two collections at once, each with its own Chromium and its own apps: a browser test waits
/// for pages and circuits far more than it computes (one sequential collection averaged about one core of two), so two
/// of them overlap their waits. Which class goes where balances their measured durations (reports/benchmarks/
/// 2026-12-02-test-suite.md); classes that start apps of their own can go to either.
/// </summary>
public static class BrowserCollections
{
    /// <summary>The browser collections, started before every other collection (<see cref="BrowserCollectionFirst"/>).</summary>
    public static readonly ImmutableArray<string> Names = [DemoBrowserCollection.Name, DashboardBrowserCollection.Name];
}

/// <summary>The classes that read the demo data (one app for all of them), and some that start apps of their own.</summary>
[CollectionDefinition(Name)]
public sealed class DemoBrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<AppServerFixture>
{
    public const string Name = "browser: demo app";
}

/// <summary>The classes that read the demo data plus the dashboard rounds (one app for all of them), and the questionnaire's.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardBrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<DashboardAppFixture>
{
    public const string Name = "browser: dashboard app";
}
