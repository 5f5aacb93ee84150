using System.Globalization;
using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Issue 5, item 10, in a real browser: every dashboard page of the demo round opens for a researcher and for H city's
/// self-assessor with the reference scorer's numbers and no serious axe violation, and H city's pages of a round still
/// open name no peer anywhere in the page. What each page renders (the ranking, the stand-ins, the quadrant labels)
/// is checked in bUnit: Pages/SelfAssessorDashboardPageTests.
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public class SelfAssessorDashboardTests(BrowserFixture browser, DashboardAppFixture app)
{
    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("researcher", "Research-demo-2026")]
    [InlineData("hcity", "Hcity-demo-2026")]
    public async Task Every_dashboard_of_the_demo_round_opens_with_the_reference_scorers_numbers_and_no_serious_accessibility_problem(string user, string password)
    {
        var h = app.DemoScores[SelfAssessorAppFixture.HCity];
        var z = app.DemoScores["DEMO-Z"];
        var round = app.DemoRound;
        var pages = new List<(string Path, string Name, string[] Expected)>
        {
            ($"/dashboards/{round}/heatmap", "heatmap", [OneDecimal(h.Indicators.Values.First(v => v is not null))]),
            ($"/dashboards/{round}/profile/DEMO-H", "profile", [OneDecimal(h.Composite), OneDecimal(h.Technology)]),
            ($"/dashboards/{round}/trend/DEMO-H", "trend", [OneDecimal(h.Composite)]),
            ($"/dashboards/{round}/compare?j=DEMO-H&j=DEMO-Z", "compare", [OneDecimal(h.Composite), OneDecimal(z.Composite)]),
        };
        // H city's published self-assessment against the published external round, on the same instrument: every
        // role that may see it gets layer gaps with numbers. Self: process 98.6 (po_dept_barriers at the middle of
        // a reversed scale, Demo/Data/self-assessment-published.yaml), the other layers 100.0; external: the reference scorer's.
        var process = h.Layers["process"];
        // The pair named explicitly: round 3 is that self-assessment (DemoSeed loads the 2026.1 external round, the open
        // self-assessment, then it). Unnamed, the page would open the newest external round of the same instrument id,
        // the demo's 2026.2 round, which closes in the same calendar year.
        pages.Add(($"/dashboards/self-vs-external/DEMO-H?self=3&external={round}", "self-vs-external", ["98.6", "100.0", OneDecimal(process)]));

        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync(user, password, "/dashboards");
        await Expect(page.Locator("[data-nav=dashboards]")).ToHaveCountAsync(1);
        if (user == "hcity")
        {
            // A round still open: peers as numbered stand-ins, named nowhere in what reaches the browser.
            foreach (var (path, shown) in new[]
            {
                ($"/dashboards/{app.OpenRound}/overview", "[data-testid=ranking] td[data-csv=jurisdiction]:text-is('地区 1')"),
                ($"/dashboards/{app.OpenRound}/quadrants", "[data-testid=quadrant-map] a[aria-label^='地区 1:']"),
            })
            {
                await page.GotoAsync(path);
                await page.WaitForCircuitAsync();
                await Expect(page.Locator(shown)).ToHaveCountAsync(1);
                await AssertPeersNotNamed(page);
                await AssertNoCriticalViolations(page, $"{user} {path}");
            }
        }
        foreach (var (path, name, expected) in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            // The layer numbers are in the layer chart's table view.
            if (name == "self-vs-external") await page.Locator("[data-testid=layer-gaps] [data-testid=show-table]").ClickAsync();
            await Expect(page.Locator("#main")).ToContainTextAsync("H市（示例）");
            foreach (var number in expected) await Expect(page.Locator("#main")).ToContainTextAsync(number);
            await AssertNoCriticalViolations(page, $"{user} {name}");
            await page.SaveScreenshotAsync($"dashboard-demo-{name}-{user}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>Neither the peers' names nor their codes anywhere in the page, links and attributes included.</summary>
    private static async Task AssertPeersNotNamed(IPage page)
    {
        var html = await page.ContentAsync();
        foreach (var secret in new[] { "Z市", "DEMO-Z", "广东", "Guangdong", "profile/44" })
            Assert.DoesNotContain(secret, html);
    }

    private static async Task AssertNoCriticalViolations(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
    }
}
