using Assessment.Core.Instruments;
using Assessment.Data.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Microsoft.AspNetCore.Components;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>The SVG charts and the chart panel, rendered to HTML: positions follow the numbers, texts follow the culture.</summary>
public class ChartMarkupTests
{
    private static readonly DashboardRound Round = new(7, "2026 外部评估", "published", "external_evaluation", "egov-iceberg-external", "2026.1", false, "");

    private static readonly DashboardTable OneRow = new([new("地区", "jurisdiction")], [[TableCell.Text("杭州市")]]);

    [Fact]
    public async Task Quadrant_map_draws_thresholds_names_a_linked_point_and_an_arrow_from_the_earlier_round()
    {
        var html = await ComponentRenderer.RenderAsync<QuadrantMap>("zh-CN", new Dictionary<string, object?>
        {
            ["Points"] = new List<QuadrantPoint>
            {
                new("3301", "杭州市", 75, 25, "dashboards/7/profile/3301", (25, 50)),
                new("3302", "宁波市", 10, 90, "dashboards/7/profile/3302"),
            },
            ["Thresholds"] = new QuadrantThresholds(50, 60),
        });
        // x = 60 + 480 * T / 100, y = 500 - 480 * O / 100.
        Assert.Contains("x1=\"300\" y1=\"20\" x2=\"300\" y2=\"500\" class=\"threshold\"", html);
        Assert.Contains("y1=\"212\" x2=\"540\" y2=\"212\" class=\"threshold\"", html);
        Assert.Contains("Ⅳ 技术赋能 · 组织推动", html);
        Assert.Contains("Ⅰ 技术无效 · 组织规制", html);
        Assert.Contains("href=\"dashboards/7/profile/3301\"", html);
        Assert.Contains("<circle cx=\"420\" cy=\"380\"", html);
        Assert.Contains(">杭州市: T 75.0, O 25.0</title>", html);
        Assert.Contains("x1=\"180\" y1=\"260\" x2=\"420\" y2=\"380\" class=\"movement\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"movement\""));
    }

    [Fact]
    public async Task Box_plot_places_quartiles_on_the_0_to_100_scale()
    {
        var html = await ComponentRenderer.RenderAsync<BoxPlot>("en", new Dictionary<string, object?>
        {
            ["Rows"] = new List<BoxRow> { new("Interface", DashboardStatistics.Box([0, 50, 100])), new("Value", null) },
            ["Label"] = "Distribution",
        });
        // x = 150 + 470 * v / 100: Q1 25 -> 267.5, median 50 -> 385, Q3 75 -> 502.5.
        Assert.Contains("<rect x=\"267.5\" y=\"10\" width=\"235\" height=\"20\" class=\"box\"", html);
        Assert.Contains("<line x1=\"385\" y1=\"10\" x2=\"385\" y2=\"30\" class=\"median\"", html);
        Assert.Contains("Median 50.0", html);
        Assert.Contains("N/A", html);
    }

    [Fact]
    public async Task Spider_chart_puts_the_first_axis_straight_up()
    {
        var html = await ComponentRenderer.RenderAsync<SpiderChart>("zh-CN", new Dictionary<string, object?>
        {
            ["Axes"] = new List<string> { "界面整合", "流程优化", "保障体系", "价值理念" },
            ["Series"] = new List<SpiderSeries> { new("杭州市", [100, 50, null, 0], "series-self") },
            ["Label"] = "雷达图",
        });
        // Centre (180, 180), radius 120: 100 on the first axis is (180, 60); 50 on the second (to the right) is (240, 180).
        Assert.Contains("points=\"180,60 240,180 180,180 180,180\" class=\"series series-self\"", html);
        Assert.Contains(">价值理念</text>", html);
    }

    [Fact]
    public async Task Iceberg_puts_only_the_first_layer_above_the_waterline()
    {
        var html = await ComponentRenderer.RenderAsync<IcebergChart>("zh-CN", new Dictionary<string, object?>
        {
            ["Layers"] = new List<IcebergLayer> { new("界面整合", 81.25), new("流程优化", 40), new("保障体系", null), new("价值理念", 12) },
            ["Label"] = "冰山",
        });
        Assert.Contains("界面整合 81.3", html);
        Assert.Contains("保障体系 不适用", html);
        // The waterline sits at the second slice's top (10 + 56 + 6 = 72), below the first slice.
        Assert.Contains("<line x1=\"0\" y1=\"72\" x2=\"420\" y2=\"72\" class=\"waterline\"", html);
        Assert.Contains("<rect x=\"0\" y=\"72\"", html);
        Assert.Contains(">水面</text>", html);
    }

    [Fact]
    public async Task Heatmap_of_300_jurisdictions_shows_a_page_of_50_rows_at_a_time()
    {
        var table = new DashboardTable(
            [new("名次", "rank", true), new("地区", "jurisdiction"), new("代码", "code"), new("指标", "indicator:x", true)],
            Enumerable.Range(1, 300).Select(i => (IReadOnlyList<TableCell>)
                [TableCell.Text(i.ToString()), TableCell.Text($"地区{i}"), TableCell.Text($"{i:000000}"), TableCell.Score(100 - i / 3.0, DashboardFormat.Band(100 - i / 3.0))]).ToList());
        var html = await ComponentRenderer.RenderAsync<HeatmapGrid>("zh-CN", new Dictionary<string, object?> { ["Table"] = table, ["FirstScoreColumn"] = 3 });
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(html, "<tr").Count - 1);
        Assert.Contains("地区50<", html);
        Assert.DoesNotContain("地区51<", html);
        Assert.Contains("第 1 / 6 页", html);
        Assert.Contains("class=\"band-4\"", html);
    }

    [Fact]
    public async Task Chart_panel_says_which_round_instrument_version_and_aggregation_it_shows()
    {
        var html = await RenderPanel(Round, "en");
        Assert.Contains("2026 外部评估 · egov-iceberg-external 2026.1 · aggregation: mean of raters, reconciled answers applied", html);
        Assert.Contains("Download CSV", html);
        Assert.Contains("<svg id=\"chart-under-test\"", html);
        Assert.DoesNotContain("illustrative-mark", html);
    }

    [Fact]
    public async Task Chart_panel_flags_a_demo_round_as_illustrative()
    {
        var html = await RenderPanel(Round with { IsDemo = true }, "zh-CN");
        Assert.Contains("illustrative-mark", html);
        Assert.DoesNotContain("illustrative-banner", html); // the page has one banner, in the layout
        Assert.Contains("示例数据", html);
        Assert.Contains("汇总方式：评估员平均分，已采用协调答案", html);
    }

    private static Task<string> RenderPanel(DashboardRound round, string culture) =>
        ComponentRenderer.RenderAsync<ChartPanel>(culture, new Dictionary<string, object?>
        {
            ["Title"] = "Chart",
            ["Round"] = round,
            ["Table"] = OneRow,
            ["FileName"] = "test",
            ["ChildContent"] = (RenderFragment)(b => b.AddMarkupContent(0, "<svg id=\"chart-under-test\"></svg>")),
        });
}
