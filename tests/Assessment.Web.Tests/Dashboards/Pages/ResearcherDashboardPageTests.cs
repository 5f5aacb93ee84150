using System.Globalization;
using Assessment.Core.Tests.Scoring;
using Assessment.Web.Components.Pages.Dashboards;
using Bunit;

namespace Assessment.Web.Tests.Dashboards.Pages;

/// <summary>
/// What the researcher's dashboard pages render for DashboardSeed's rounds (moved from the browser tests, which keep
/// the flows, downloads and axe): every number against the reference scorer (SCORING.md read independently of Scorer).
/// </summary>
public sealed class ResearcherDashboardPageTests(DashboardPagesDb data) : IClassFixture<DashboardPagesDb>
{
    private SeededRounds Seeded => data.Seeded;

    private ReferenceResult Expected(string code) => ReferenceScorer.Score(Seeded.Instrument, Seeded.Answers[code]);

    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Heatmap_shows_every_indicator_score_of_every_jurisdiction_in_composite_order()
    {
        await using var ctx = data.ContextFor("researcher");
        var page = await DashboardPagesDb.RenderAsync<Heatmap>(ctx, $"dashboards/{Seeded.Current}/heatmap", "[data-testid=heatmap] tbody tr",
            p => p.Add(x => x.RoundId, Seeded.Current));
        var rows = page.FindAll("[data-testid=heatmap] tbody tr");
        Assert.Equal(DashboardSeed.Current.Length, rows.Count);
        var ranked = DashboardSeed.Current.Select(c => c.Code).OrderByDescending(c => Expected(c).Composite).ToList();
        var indicators = Seeded.Instrument.Layers.SelectMany(l => l.Indicators).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            var expected = Expected(ranked[i]);
            var shown = rows[i].QuerySelectorAll("td[data-csv^='indicator:']").Select(td => td.TextContent.Trim());
            Assert.Equal(indicators.Select(ind => OneDecimal(expected.Indicators[ind.Id])), shown);
        }
    }

    [Fact]
    public async Task The_English_heatmap_says_how_the_raters_were_aggregated()
    {
        await using var ctx = data.ContextFor("researcher", "en");
        var page = await DashboardPagesDb.RenderAsync<Heatmap>(ctx, $"dashboards/{Seeded.Current}/heatmap", "[data-testid=heatmap] tbody tr",
            p => p.Add(x => x.RoundId, Seeded.Current));
        Assert.Equal("Heatmap", page.Find("h1").TextContent.Trim());
        Assert.Contains("aggregation: mean of raters, reconciled answers applied", page.Find("[data-testid=chart-caption]").TextContent);
    }

    [Fact]
    public async Task A_researcher_is_told_a_draft_round_is_not_published()
    {
        await using var ctx = data.ContextFor("researcher");
        var page = await DashboardPagesDb.RenderAsync<Overview>(ctx, $"dashboards/{Seeded.Draft}/overview", ".mud-alert",
            p => p.Add(x => x.RoundId, Seeded.Draft));
        Assert.Contains("该轮次尚未发布", page.Find(".mud-alert").TextContent);
        Assert.Empty(page.FindAll("[data-testid=ranking]"));
    }
}
