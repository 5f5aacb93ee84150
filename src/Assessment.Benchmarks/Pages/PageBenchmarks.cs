using System.Text.RegularExpressions;
using Assessment.Benchmarks.Dashboards;
using Microsoft.Playwright;

namespace Assessment.Benchmarks.Pages;

/// <summary>
/// The app as its users get it, for the README: the questionnaire and the dashboards overview loaded in Chromium
/// against the built Release app with the demo data, timed until interactive and weighed in bytes, cold and warm;
/// and with --screenshots, four README screenshots. Build the app first: dotnet build -c Release src/Assessment.Web
/// </summary>
public static partial class PageBenchmarks
{
    private const string Command = "dotnet run -c Release --project src/Assessment.Benchmarks -- pages";
    private const string StaticFile = "/app.css";
    // H city of the demo (DEMO-ACCOUNTS.md): rated in the published external round, and hcity's own draft.
    private const string HCity = "DEMO-H";

    public static async Task RunAsync(string[] args)
    {
        var started = DateTime.UtcNow;
        PagesOptions options;
        try { options = PagesOptions.Parse(args, Path.Combine(WebAppProcess.Repository, "reports", "benchmarks", $"{started:yyyy-MM-dd}-pages.md")); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"{e.Message}\nUsage: {PagesOptions.Usage}");
            Environment.ExitCode = 2;
            return;
        }
        var loadAtStart = PagesReport.LoadAverage();
        var data = Path.Combine(Path.GetTempPath(), "assessment-pagebench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        try
        {
            Console.WriteLine("starting the web app with the demo data ...");
            using var app = await WebAppProcess.StartAsync(data, demo: true, port: options.Port);
            await using var chromium = await HeadlessChromium.LaunchAsync();
            var sessions = new DemoSessions(chromium.Browser, app.BaseUrl);
            var questionnaire = await FindLinkAsync(sessions, DemoAccount.HCitySelfAssessor, "/respond", "[data-testid=my-questionnaires]",
                QuestionnairePath(), "hcity's draft questionnaire");
            // A researcher sees published rounds only: the demo's external round.
            var overview = await FindLinkAsync(sessions, DemoAccount.Researcher, "/dashboards", "[data-testid=dashboard-rounds]",
                OverviewPath(), "the overview of the published round");
            Console.WriteLine($"questionnaire {questionnaire}, overview {overview}; {options.Runs} runs each");

            var pages = new List<PageSamples>
            {
                await PageMetrics.MeasureAsync($"questionnaire (hcity's draft, `{questionnaire}`)",
                    () => sessions.NewContextAsync(DemoAccount.HCitySelfAssessor), questionnaire, "[data-testid=section-nav]", options.Runs),
                await PageMetrics.MeasureAsync($"dashboards overview (researcher, `{overview}`)",
                    () => sessions.NewContextAsync(DemoAccount.Researcher), overview, "[data-testid=filters]", options.Runs),
            };
            var floor = await PageMetrics.MeasureStaticAsync($"static file `{StaticFile}` (floor)", sessions.NewAnonymousContextAsync, StaticFile, options.Runs);

            var facts = new RunFacts(string.Join(' ', [Command, .. args]), PagesReport.Commit(WebAppProcess.Repository), started,
                loadAtStart, PagesReport.LoadAverage(), chromium.Browser.Version, options.Runs);
            var markdown = PagesReport.Markdown(facts, pages, floor);
            Directory.CreateDirectory(Path.GetDirectoryName(options.OutFile)!);
            await File.WriteAllTextAsync(options.OutFile, markdown);
            Console.WriteLine();
            Console.WriteLine(markdown);
            Console.WriteLine($"written to {options.OutFile}");

            if (options.ScreenshotFolder is { } folder)
            {
                var round = OverviewPath().Match(overview).Groups["round"].Value;
                Console.WriteLine("screenshots:");
                await PageScreenshots.TakeAsync(sessions,
                [
                    new("overview.png", DemoAccount.Researcher, overview, "[data-testid=filters]"),
                    new("quadrant-map.png", DemoAccount.Researcher, $"/dashboards/{round}/quadrants", "[data-testid=quadrant-map]", ShowMarkerWhole: true),
                    new("iceberg-profile.png", DemoAccount.Researcher, $"/dashboards/{round}/profile/{HCity}", "[data-testid=iceberg]", ShowMarkerWhole: true),
                    new("questionnaire.png", DemoAccount.HCitySelfAssessor, questionnaire, "[data-testid=section-nav]"),
                ], folder);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or TimeoutException or PlaywrightException or HttpRequestException)
        {
            Console.Error.WriteLine($"pages: {e.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }

    /// <summary>
    /// The link on a page whose path matches, as its users would follow it; of several, the one to the earliest
    /// round, so the same demo pages are measured however many demo rounds later data sets add (the external
    /// round and hcity's open draft are the demo's first two rounds).
    /// </summary>
    private static async Task<string> FindLinkAsync(DemoSessions sessions, DemoAccount account, string path, string marker, Regex target, string what)
    {
        var context = await sessions.NewContextAsync(account);
        try
        {
            var page = await context.NewPageAsync();
            await (await PageLoadMeter.AttachAsync(page)).LoadAsync(path, marker);
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            return links.Select(l => Uri.UnescapeDataString(new Uri(l).AbsolutePath)).Where(l => target.IsMatch(l))
                .OrderBy(l => long.Parse(RoundId().Match(l).Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
                ?? throw new InvalidOperationException($"No link to {what} on {path} (signed in as {account.UserName}); links: {string.Join(", ", links.Take(20))}");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex RoundId();

    [GeneratedRegex(@"^/respond/\d+/[^/]+$")]
    private static partial Regex QuestionnairePath();

    [GeneratedRegex(@"^/dashboards/(?<round>\d+)/overview$")]
    private static partial Regex OverviewPath();
}
