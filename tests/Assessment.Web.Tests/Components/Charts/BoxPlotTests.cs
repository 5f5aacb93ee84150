using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>Box plots on x = 150 + 4.7 v. Interface scores 10, 20, 40, 80 by hand (type 7 quartiles):
/// Q1 = 10 + 0.75 (20 - 10) = 17.5, median = 20 + 0.5 (40 - 20) = 30, Q3 = 40 + 0.25 (80 - 40) = 50.</summary>
public class BoxPlotTests : AppTestContext
{
    private static readonly Assessment.Web.Services.RoundDashboard Four = Dashboard(
        Row(1, "3301", "杭州市", 50, 50, null, [80, null, 60, 60]),
        Row(2, "3302", "宁波市", 50, 50, null, [40, null, 60, 60]),
        Row(3, "3201", "南京市", 50, 50, null, [10, null, 60, 60]),
        Row(4, "3202", "无锡市", 50, 50, null, [20, null, 60, 60]));

    [Fact]
    public void Whiskers_box_and_median_sit_at_the_quartiles_worked_by_hand()
    {
        using var _ = new UiCultureScope("en");
        var cut = Render<BoxPlot>(ps => ps.Add(p => p.Rows, Rows(Four)).Add(p => p.Label, "Distribution"));
        var box = cut.Find("g[data-box='0']");
        var whiskers = box.QuerySelectorAll("line.whisker");
        Assert.Equal((197, 526), (Number(whiskers[0], "x1"), Number(whiskers[0], "x2")));   // 10 and 80
        var rect = box.QuerySelector("rect.box")!;
        Assert.Equal((232.25, 152.75), (Number(rect, "x"), Number(rect, "width")));         // 17.5 to 50
        Assert.Equal(291, Number(box.QuerySelector("line.median")!, "x1"));                  // 30
        Assert.Equal("Interface integration: Min 10.0, Lower quartile 17.5, Median 30.0, Upper quartile 50.0, Max 80.0", box.QuerySelector("title")!.TextContent);
        // The process layer has no score at all: no box, the NA text instead.
        Assert.Empty(cut.FindAll("g[data-box='1']"));
        Assert.Contains("N/A", cut.Markup);
    }

    [Fact]
    public void The_table_view_lists_the_same_five_numbers()
    {
        using var _ = new UiCultureScope("zh-CN");
        var rows = Four.Rows;
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "分布").Add(p => p.Round, Four.Round).Add(p => p.FileName, "layers")
            .Add(p => p.Table, DashboardTables.LayerBoxes(Four, rows))
            .AddChildContent<BoxPlot>(b => b.Add(p => p.Rows, Rows(Four)).Add(p => p.Label, "分布")));
        Assert.Equal(3, cut.FindAll("g[data-box]").Count);
        cut.Find("[data-testid=show-table]").Click();
        var table = TableRows(cut);
        Assert.Equal(["界面整合", "4", "10.0", "17.5", "30.0", "50.0", "80.0"], table[0]);
        Assert.Equal(["流程优化", "0", "不适用", "不适用", "不适用", "不适用", "不适用"], table[1]);
        Assert.Equal(["保障体系", "4", "60.0", "60.0", "60.0", "60.0", "60.0"], table[2]);
    }

    // As the overview page builds them.
    private static List<BoxRow> Rows(RoundDashboard d) => d.Instrument.Layers
        .Select(l => new BoxRow(l.Title.Localized(), DashboardStatistics.Box(d.Rows.Select(r => r.Result.Layers.GetValueOrDefault(l.Id))))).ToList();
}
