using System.Text;
using Assessment.Core.Tests.Scoring;
using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>A researcher opens each dashboard of the seeded round; every number shown is checked against the reference scorer (SCORING.md read independently of Scorer).</summary>
[Collection(DashboardBrowserCollection.Name)]
public class DashboardTests(BrowserFixture browser, DashboardAppFixture app)
{
    private SeededRounds Seeded => app.Seeded;

    private ReferenceResult Expected(string code) => ReferenceScorer.Score(Seeded.Instrument, Seeded.Answers[code]);

    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Overview_ranks_with_Scorer_numbers_filters_by_level_and_downloads_what_the_table_shows()
    {
        var page = await SignedInResearcher("/dashboards");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026 外部评估" }).GetByRole(AriaRole.Link, new() { Name = "总览" }).ClickAsync();
        var ranking = page.Locator("[data-testid=ranking] tbody tr");
        await Expect(ranking).ToHaveCountAsync(DashboardSeed.Current.Length);
        foreach (var (code, _, _, _) in DashboardSeed.Current)
        {
            var row = ranking.Filter(new() { Has = page.Locator($"td[data-csv=code]:text-is('{code}')") });
            var expected = Expected(code);
            await Expect(row.Locator("td[data-csv=composite]")).ToHaveTextAsync(OneDecimal(expected.Composite));
            await Expect(row.Locator("td[data-csv=technology]")).ToHaveTextAsync(OneDecimal(expected.Technology));
            await Expect(row.Locator($"td[data-csv='layer:{Seeded.Instrument.Layers[3].Id}']")).ToHaveTextAsync(OneDecimal(expected.Layers[Seeded.Instrument.Layers[3].Id]));
        }
        await Expect(page.Locator("[data-testid=chart-caption]").First).ToContainTextAsync("2026 外部评估 · egov-iceberg-external 2026.1");
        await AssertNoCriticalViolations(page, "overview");
        await page.SaveScreenshotAsync("dashboard-overview");
        await page.Locator("[data-testid=box-plot]").ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("dashboard-overview-distributions");

        await page.Locator("[data-testid=filters] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover .mud-list-item").Filter(new() { HasText = "地市级" }).ClickAsync();
        await Expect(ranking).ToHaveCountAsync(3);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=ranking] [data-testid=download-csv]").ClickAsync());
        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(4, lines.Length); // header and the three prefectures the table shows
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var expected = Expected(fields[Array.IndexOf(header, "code")]);
            // Full precision in the CSV; two implementations agree to rounding noise (Near).
            Near.Equal(expected.Composite, double.Parse(fields[Array.IndexOf(header, "composite")], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected.Quadrant.ToString(), fields[Array.IndexOf(header, "quadrant")]);
            Assert.Equal("prefecture", fields[Array.IndexOf(header, "level")]);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quadrant_map_shows_each_point_an_arrow_for_the_earlier_round_and_leads_to_the_profile_and_trend()
    {
        var page = await SignedInResearcher($"/dashboards/{Seeded.Current}/quadrants");
        await Expect(page.Locator("[data-testid=quadrant-map] a[data-point]")).ToHaveCountAsync(DashboardSeed.Current.Length);
        // Ningbo was in no earlier round (Zhejiang and Jiangsu also were, in the demo round the app loads).
        await Expect(page.Locator("line.movement[data-from='3302']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"line.movement[data-from='{DashboardSeed.Hangzhou}']")).ToHaveCountAsync(1);
        var hangzhou = Expected(DashboardSeed.Hangzhou);
        await Expect(page.Locator($"a[data-point='{DashboardSeed.Hangzhou}']")).ToHaveAttributeAsync("aria-label",
            $"杭州市: T {OneDecimal(hangzhou.Technology)}, O {OneDecimal(hangzhou.Organization)}");
        await AssertNoCriticalViolations(page, "quadrants");
        await page.SaveScreenshotAsync("dashboard-quadrants");

        await page.Locator($"a[data-point='{DashboardSeed.Hangzhou}']").ClickAsync();
        await Expect(page.Locator("[data-testid=composite]")).ToHaveTextAsync(OneDecimal(hangzhou.Composite));
        // The weakest layer (lowest; the first on a tie) and its lowest indicator first, from the reference scores;
        // OrderBy is stable, so ties keep the instrument's order.
        var weakest = Seeded.Instrument.Layers.OrderBy(l => hangzhou.Layers[l.Id]).First();
        var lowest = weakest.Indicators.Where(k => hangzhou.Indicators[k.Id] is not null).OrderBy(k => hangzhou.Indicators[k.Id]).First();
        await Expect(page.Locator("[data-testid=weakest-layer]")).ToHaveAttributeAsync("data-layer", weakest.Id);
        await Expect(page.Locator("[data-testid=recommendations] li[data-indicator]").First)
            .ToHaveAttributeAsync("data-indicator", lowest.Id);
        await Expect(page.Locator("[data-testid=spider-chart] polygon.series")).ToHaveCountAsync(3); // itself, prefectures, Zhejiang's prefectures
        await Expect(page.Locator("[data-testid=iceberg] g[data-layer='0']")).ToHaveAttributeAsync("data-score",
            OneDecimal(hangzhou.Layers[Seeded.Instrument.Layers[0].Id]));
        await AssertNoCriticalViolations(page, "profile");
        await page.SaveScreenshotAsync("dashboard-profile");
        await page.Locator("[data-testid=recommendations]").ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("dashboard-profile-recommendations");

        await page.GetByRole(AriaRole.Link, new() { Name = "趋势", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=trend-chart] polyline")).ToHaveCountAsync(1 + Seeded.Instrument.Layers.Count);
        await page.SaveScreenshotAsync("dashboard-trend-chart");
        await page.Locator("[data-testid=trend-panel] [data-testid=show-table]").ClickAsync();
        var rows = page.Locator("[data-testid=trend-panel] tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        var earlier = ReferenceScorer.Score(Seeded.Instrument, Seeded.EarlierHangzhou);
        await Expect(rows.Nth(0).Locator("td[data-csv=composite]")).ToHaveTextAsync(OneDecimal(earlier.Composite));
        await Expect(rows.Nth(1).Locator("td[data-csv=composite]")).ToHaveTextAsync(OneDecimal(hangzhou.Composite));
        await AssertNoCriticalViolations(page, "trend");
        await page.SaveScreenshotAsync("dashboard-trend");
        await page.Context.CloseAsync();
    }

    // The heatmap's numbers and its English caption: Pages/ResearcherDashboardPageTests (bUnit); the page in a real
    // browser, with axe, in SelfAssessorDashboardTests' walk.

    // Self-assessors open the dashboards of their own rounds: SelfAssessorDashboardTests.
    [Theory]
    [InlineData("evaluator1", "Eval1-demo-2026")]
    public async Task Evaluators_who_are_not_leads_are_refused(string user, string password)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync(user, password);
        await Expect(page.Locator("[data-nav=dashboards]")).ToHaveCountAsync(0);
        await page.GotoAsync($"/dashboards/{Seeded.Current}/overview");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=ranking]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    // A draft round's message to a researcher: Pages/ResearcherDashboardPageTests (bUnit).

    private async Task<IPage> SignedInResearcher(string path)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync("researcher", "Research-demo-2026", path);
        return page;
    }

    private static async Task AssertNoCriticalViolations(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
    }
}
