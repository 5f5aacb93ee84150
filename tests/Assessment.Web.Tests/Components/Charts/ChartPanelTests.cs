using Assessment.Web.Components.Pages.Dashboards.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>The frame of every chart: which round, instrument version and aggregation it shows, and the demo mark.</summary>
public class ChartPanelTests : AppTestContext
{
    private static readonly DashboardTable OneRow = new([new("地区", "jurisdiction")], [[TableCell.Text("杭州市")]]);

    [Fact]
    public void The_caption_names_the_round_instrument_version_and_aggregation()
    {
        using var _ = new UiCultureScope("en");
        var cut = Panel(Round);
        Assert.Equal("2026 外部评估 · egov-iceberg-external 2026.1 · aggregation: mean of raters, reconciled answers applied",
            cut.Find("[data-testid=chart-caption]").TextContent);
        Assert.Equal("Download CSV", cut.Find("[data-testid=download-csv]").TextContent);
        Assert.NotNull(cut.Find("svg#chart-under-test"));
        Assert.Empty(cut.FindAll("[data-testid=illustrative-mark]"));
    }

    [Fact]
    public void A_demo_round_is_flagged_as_illustrative()
    {
        using var _ = new UiCultureScope("zh-CN");
        var cut = Panel(Round with { IsDemo = true });
        Assert.Contains("示例数据", cut.Find("[data-testid=illustrative-mark]").TextContent);
        Assert.Contains("汇总方式：评估员平均分，已采用协调答案", cut.Find("[data-testid=chart-caption]").TextContent);
    }

    private IRenderedComponent<ChartPanel> Panel(Assessment.Data.Rounds.DashboardRound round) => Render<ChartPanel>(ps => ps
        .Add(p => p.Title, "Chart").Add(p => p.Round, round).Add(p => p.Table, OneRow).Add(p => p.FileName, "test")
        .AddChildContent((RenderFragment)(b => b.AddMarkupContent(0, "<svg id=\"chart-under-test\"></svg>"))));
}
