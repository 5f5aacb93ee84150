using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;
using Quadrant = Assessment.Core.Instruments.Quadrant;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>Two rounds at x = 60 and 590; y = 260 - 2.46 v.</summary>
public class TrendChartTests : AppTestContext
{
    [Fact]
    public void Dots_sit_at_each_rounds_scores_a_gap_is_skipped_and_the_table_lists_the_same_numbers()
    {
        using var _ = new UiCultureScope("zh-CN");
        var earlier = Round with { Id = 6, Name = "2025 外部评估", InstrumentVersion = "2025.1" };
        var points = new List<TrendPoint>
        {
            new(earlier, Row(1, "3301", "杭州市", 30, 60, Quadrant.II, [40, null, 20, 10], composite: 40).Result),
            new(Round, Row(1, "3301", "杭州市", 75, 70, Quadrant.IV, [90, 50, 30, 20], composite: 80).Result),
        };
        var d = Dashboard(Row(1, "3301", "杭州市", 75, 70, Quadrant.IV));
        List<TrendSeries> series =
        [
            new("综合得分", points.Select(p => p.Result.Composite).ToList(), "trend-composite"),
            .. Instrument.Layers.Select((l, i) => new TrendSeries(l.Title.Localized(), points.Select(p => p.Result.Layers.GetValueOrDefault(l.Id)).ToList(), $"trend-{i % 4}")),
        ];
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "趋势").Add(p => p.Round, Round).Add(p => p.FileName, "trend").Add(p => p.Table, DashboardTables.Trend(d, points))
            .AddChildContent<TrendChart>(t => t.Add(p => p.Rounds, ["2025 外部评估 · II", "2026 外部评估 · IV"]).Add(p => p.Series, series).Add(p => p.Label, "趋势")));

        var composite = cut.FindAll("g[data-series='综合得分'] circle").Select(c => (Number(c, "cx"), Number(c, "cy"))).ToList();
        Assert.Equal([(60, 161.6), (590, 63.2)], composite);
        Assert.Equal([(60, 161.6), (590, 63.2)], PointList(cut.Find("g[data-series='综合得分'] polyline").GetAttribute("points")!));
        // Process had no score in 2025: one dot, and the line starts at 2026.
        var process = cut.FindAll("g[data-series='流程优化'] circle");
        Assert.Equal((590, 137), (Number(process.Single(), "cx"), Number(process.Single(), "cy")));
        Assert.Equal("流程优化 · 2026 外部评估 · IV: 50.0", process.Single().QuerySelector("title")!.TextContent);

        // The axis numbers the rounds (long names printed over each other); the list under the chart names them in order.
        Assert.Equal(["1", "2"], cut.FindAll("text[data-round]").Select(t => t.ChildNodes[0].TextContent));
        Assert.Equal(["2025 外部评估 · II", "2026 外部评估 · IV"], cut.FindAll("[data-testid=trend-rounds] li").Select(li => li.TextContent));

        cut.Find("[data-testid=show-table]").Click();
        var rows = TableRows(cut);
        Assert.Equal(["2025 外部评估", "2025.1", "40.0", "40.0", "不适用", "20.0", "10.0", "30.0", "60.0", "Ⅱ 技术无效 · 组织推动"], rows[0]);
        Assert.Equal(["2026 外部评估", "2026.1", "80.0", "90.0", "50.0", "30.0", "20.0", "75.0", "70.0", "Ⅳ 技术赋能 · 组织推动"], rows[1]);
    }
}
