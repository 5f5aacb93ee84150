using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;
using Quadrant = Assessment.Core.Instruments.Quadrant;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>Bars 210 px for the largest count (480 wide, 230 for names, 40 for the number), at least 2 px.</summary>
public class CountBarsTests : AppTestContext
{
    [Fact]
    public void Bar_lengths_follow_the_counts_and_the_table_lists_the_same_counts()
    {
        using var _ = new UiCultureScope("zh-CN");
        var rows = Dashboard(
            Row(1, "3301", "杭州市", 75, 25, Quadrant.III), Row(2, "3302", "宁波市", 10, 90, Quadrant.II),
            Row(3, "3201", "南京市", 20, 80, Quadrant.II), Row(4, "3202", "无锡市", 80, 80, Quadrant.IV)).Rows;
        var table = DashboardTables.QuadrantCounts(rows);
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "象限").Add(p => p.Round, Round).Add(p => p.FileName, "quadrants").Add(p => p.Table, table)
            .AddChildContent<CountBars>(b => b.Add(p => p.Table, table).Add(p => p.Label, "象限")));

        var bars = cut.FindAll("g[data-category]")
            .Select(g => (g.GetAttribute("data-category"), Number(g.QuerySelector("rect")!, "width"), g.QuerySelectorAll("text")[1].TextContent)).ToList();
        Assert.Equal([("I", 2.0, "0"), ("II", 210.0, "2"), ("III", 105.0, "1"), ("IV", 105.0, "1")], bars);
        Assert.Contains("quadrant-II", cut.Find("g[data-category='II'] rect").ClassName);

        cut.Find("[data-testid=show-table]").Click();
        Assert.Equal([["Ⅰ 技术无效 · 组织规制", "0"], ["Ⅱ 技术无效 · 组织推动", "2"], ["Ⅲ 技术赋能 · 组织规制", "1"], ["Ⅳ 技术赋能 · 组织推动", "1"]],
            TableRows(cut));
    }
}
