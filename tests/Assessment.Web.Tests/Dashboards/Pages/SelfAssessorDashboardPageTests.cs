using System.Globalization;
using AngleSharp.Dom;
using Assessment.Web.Components.Pages.Dashboards;
using Bunit;

namespace Assessment.Web.Tests.Dashboards.Pages;

/// <summary>
/// Issue 5, item 10, what the pages render (moved from the browser tests; SelfAssessorDashboardTests keeps the walk
/// in a real browser with axe): the self-assessor of H city opens the overview and the quadrant map of a round still
/// open (peers anonymous; numbers worked by hand in <see cref="SelfAssessorAppFixture.Open"/>) and of the published
/// demo round (peers named; numbers from the reference scorer, <see cref="ReferenceScores"/>).
/// </summary>
public sealed class SelfAssessorDashboardPageTests(DashboardPagesDb data) : IClassFixture<DashboardPagesDb>
{
    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Cell(IElement row, string column) => row.QuerySelector($"td[data-csv='{column}']")!.TextContent.Trim();

    [Fact]
    public async Task H_city_has_its_six_rounds_to_choose_from()
    {
        // The open round, the demo's two external rounds (2026.1, 2026.2) and its open and two published
        // self-assessment rounds: all rate H city.
        await using var ctx = data.ContextFor("hcity");
        var index = await DashboardPagesDb.RenderAsync<DashboardIndex>(ctx, "dashboards", "[data-testid=dashboard-rounds]", _ => { });
        Assert.Equal(6, index.FindAll("[data-testid=dashboard-rounds] tbody tr").Count);
    }

    [Fact]
    public async Task Before_publication_H_city_sees_its_own_scores_and_peers_only_as_numbered_stand_ins()
    {
        await using var ctx = data.ContextFor("hcity");
        var overview = await DashboardPagesDb.RenderAsync<Overview>(ctx, $"dashboards/{data.OpenRound}/overview", "[data-testid=ranking] tbody tr",
            p => p.Add(x => x.RoundId, data.OpenRound));
        var ranking = overview.FindAll("[data-testid=ranking] tbody tr");
        Assert.Equal(3, ranking.Count);
        var own = Assert.Single(ranking, r => r.TextContent.Contains("H市（示例）", StringComparison.Ordinal));
        Assert.Equal("DEMO-H", Cell(own, "code"));
        Assert.Equal("75.0", Cell(own, "composite"));

        // Peers are numbered by composite: 地区 1 is 44 (50.0, T 100.0), 地区 2 is DEMO-Z (25.0, T 28.6).
        foreach (var (name, composite, technology) in new[] { ("地区 1", "50.0", "100.0"), ("地区 2", "25.0", "28.6") })
        {
            var row = Assert.Single(ranking, r => Cell(r, "jurisdiction") == name);
            Assert.Equal(composite, Cell(row, "composite"));
            Assert.Equal(technology, Cell(row, "technology"));
            Assert.Equal("", Cell(row, "code"));
            Assert.Empty(row.QuerySelectorAll("a"));
        }
        AssertPeersNotNamed(overview.Markup);

        var quadrants = await DashboardPagesDb.RenderAsync<Quadrants>(ctx, $"dashboards/{data.OpenRound}/quadrants", "[data-testid=quadrant-map]",
            p => p.Add(x => x.RoundId, data.OpenRound));
        Assert.Equal(3, quadrants.FindAll("[data-testid=quadrant-map] a[data-point]").Count);
        Assert.Single(quadrants.FindAll("[data-testid=quadrant-map] a[href]")); // only its own profile
        Assert.Equal("H市（示例）: T 71.4, O 100.0", quadrants.Find("a[data-point='DEMO-H']").GetAttribute("aria-label"));
        Assert.Single(quadrants.FindAll("[data-testid=quadrant-map] a[aria-label='地区 1: T 100.0, O 7.7']"));
        AssertPeersNotNamed(quadrants.Markup);
    }

    [Fact]
    public async Task In_the_published_demo_round_H_city_sees_its_peers_named_with_the_reference_scorers_numbers()
    {
        await using var ctx = data.ContextFor("hcity");
        var overview = await DashboardPagesDb.RenderAsync<Overview>(ctx, $"dashboards/{data.DemoRound}/overview", "[data-testid=ranking] tbody tr",
            p => p.Add(x => x.RoundId, data.DemoRound));
        var ranking = overview.FindAll("[data-testid=ranking] tbody tr");
        Assert.Equal(data.DemoScores.Count, ranking.Count);
        foreach (var (code, expected) in data.DemoScores)
        {
            var row = Assert.Single(ranking, r => Cell(r, "code") == code);
            Assert.Equal(OneDecimal(expected.Composite), Cell(row, "composite"));
            Assert.Equal(OneDecimal(expected.Organization), Cell(row, "organization"));
        }
        var zhejiangRow = Assert.Single(ranking, r => r.TextContent.Contains("浙江省", StringComparison.Ordinal));
        Assert.Single(zhejiangRow.QuerySelectorAll("a")); // a peer's profile

        var quadrants = await DashboardPagesDb.RenderAsync<Quadrants>(ctx, $"dashboards/{data.DemoRound}/quadrants", "[data-testid=quadrant-map]",
            p => p.Add(x => x.RoundId, data.DemoRound));
        var placed = data.DemoScores.Where(s => s.Value.Technology is not null && s.Value.Organization is not null).ToList();
        Assert.Equal(placed.Count, quadrants.FindAll("[data-testid=quadrant-map] a[data-point]").Count);
        Assert.Equal(placed.Count, quadrants.FindAll("[data-testid=quadrant-map] a[href]").Count);
        var zhejiang = data.DemoScores["33"];
        Assert.Equal($"浙江省: T {OneDecimal(zhejiang.Technology)}, O {OneDecimal(zhejiang.Organization)}",
            quadrants.Find("a[data-point='33']").GetAttribute("aria-label"));
        foreach (var q in Enum.GetValues<Core.Instruments.Quadrant>())
            Assert.Contains($"({placed.Count(s => s.Value.Quadrant == q)})", quadrants.Find($"dt[data-quadrant={q}]").TextContent);
    }

    /// <summary>Neither the peers' names nor their codes anywhere in the page, links and attributes included.</summary>
    private static void AssertPeersNotNamed(string markup)
    {
        foreach (var secret in new[] { "Z市", "DEMO-Z", "广东", "Guangdong", "profile/44" })
            Assert.DoesNotContain(secret, markup);
    }
}
