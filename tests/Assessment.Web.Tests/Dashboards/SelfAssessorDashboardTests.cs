using System.Globalization;
using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Issue 5, item 10: the self-assessor of H city opens the overview and the quadrant map of a round still open
/// (peers anonymous) and of the published demo round (peers named). The open round's numbers are worked by hand
/// (<see cref="SelfAssessorAppFixture.Open"/>); the demo round's come from the reference scorer (<see cref="ReferenceScores"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public class SelfAssessorDashboardTests(BrowserFixture browser, DashboardAppFixture app)
{
    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Before_publication_H_city_sees_its_own_scores_and_peers_only_as_numbered_stand_ins()
    {
        var page = await SignedInHCity("/dashboards");
        await Expect(page.Locator("[data-nav=dashboards]")).ToHaveCountAsync(1);
        // The open round, the demo's two external rounds (2026.1, 2026.2) and its open and two published
        // self-assessment rounds: all rate H city.
        await Expect(page.Locator("[data-testid=dashboard-rounds] tbody tr")).ToHaveCountAsync(6);
        await page.SaveScreenshotAsync("dashboard-self-assessor-rounds");
        await page.GotoAsync($"/dashboards/{app.OpenRound}/overview");
        var ranking = page.Locator("[data-testid=ranking] tbody tr");
        await Expect(ranking).ToHaveCountAsync(3);
        var own = ranking.Filter(new() { HasText = "H市（示例）" });
        var h = SelfAssessorAppFixture.Open[SelfAssessorAppFixture.HCity];
        await Expect(own.Locator("td[data-csv=code]")).ToHaveTextAsync(SelfAssessorAppFixture.HCity);
        await Expect(own.Locator("td[data-csv=composite]")).ToHaveTextAsync(h.Composite);

        // Peers are numbered by composite: 地区 1 is 44 (50.0), 地区 2 is DEMO-Z (25.0).
        var peers = new[] { SelfAssessorAppFixture.Open["44"], SelfAssessorAppFixture.Open["DEMO-Z"] };
        for (var n = 1; n <= peers.Length; n++)
        {
            var row = ranking.Filter(new() { Has = page.Locator($"td[data-csv=jurisdiction]:text-is('地区 {n}')") });
            await Expect(row.Locator("td[data-csv=composite]")).ToHaveTextAsync(peers[n - 1].Composite);
            await Expect(row.Locator("td[data-csv=technology]")).ToHaveTextAsync(peers[n - 1].Technology);
            await Expect(row.Locator("td[data-csv=code]")).ToHaveTextAsync("");
            await Expect(row.Locator("a")).ToHaveCountAsync(0);
        }
        await AssertPeersNotNamed(page);
        await AssertNoCriticalViolations(page, "self-assessor overview");
        await page.SaveScreenshotAsync("dashboard-self-assessor-overview-unpublished");

        await page.GotoAsync($"/dashboards/{app.OpenRound}/quadrants");
        await Expect(page.Locator("[data-testid=quadrant-map] a[data-point]")).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=quadrant-map] a[href]")).ToHaveCountAsync(1); // only its own profile
        await Expect(page.Locator($"a[data-point='{SelfAssessorAppFixture.HCity}']")).ToHaveAttributeAsync("aria-label",
            $"H市（示例）: T {h.Technology}, O {h.Organization}");
        await Expect(page.Locator("[data-testid=quadrant-map] a[aria-label^='地区 1:']")).ToHaveAttributeAsync("aria-label",
            $"地区 1: T {peers[0].Technology}, O {peers[0].Organization}");
        await AssertPeersNotNamed(page);
        await page.SaveScreenshotAsync("dashboard-self-assessor-quadrants-unpublished");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_the_published_demo_round_H_city_sees_its_peers_named_with_the_reference_scorers_numbers()
    {
        var page = await SignedInHCity($"/dashboards/{app.DemoRound}/overview");
        var ranking = page.Locator("[data-testid=ranking] tbody tr");
        await Expect(ranking).ToHaveCountAsync(app.DemoScores.Count);
        foreach (var (code, expected) in app.DemoScores)
        {
            var row = ranking.Filter(new() { Has = page.Locator($"td[data-csv=code]:text-is('{code}')") });
            await Expect(row.Locator("td[data-csv=composite]")).ToHaveTextAsync(OneDecimal(expected.Composite));
            await Expect(row.Locator("td[data-csv=organization]")).ToHaveTextAsync(OneDecimal(expected.Organization));
        }
        await Expect(ranking.Filter(new() { HasText = "浙江省" }).Locator("a")).ToHaveCountAsync(1); // a peer's profile
        await page.SaveScreenshotAsync("dashboard-self-assessor-overview-published");

        await page.GotoAsync($"/dashboards/{app.DemoRound}/quadrants");
        var placed = app.DemoScores.Where(s => s.Value.Technology is not null && s.Value.Organization is not null).ToList();
        await Expect(page.Locator("[data-testid=quadrant-map] a[data-point]")).ToHaveCountAsync(placed.Count);
        await Expect(page.Locator("[data-testid=quadrant-map] a[href]")).ToHaveCountAsync(placed.Count);
        var zhejiang = app.DemoScores["33"];
        await Expect(page.Locator("a[data-point='33']")).ToHaveAttributeAsync("aria-label",
            $"浙江省: T {OneDecimal(zhejiang.Technology)}, O {OneDecimal(zhejiang.Organization)}");
        foreach (var q in Enum.GetValues<Core.Instruments.Quadrant>())
            await Expect(page.Locator($"dt[data-quadrant={q}]")).ToContainTextAsync($"({placed.Count(s => s.Value.Quadrant == q)})");
        await page.SaveScreenshotAsync("dashboard-self-assessor-quadrants-published");
        await page.Context.CloseAsync();
    }

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

    private async Task<IPage> SignedInHCity(string path)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync("hcity", "Hcity-demo-2026", path);
        return page;
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
