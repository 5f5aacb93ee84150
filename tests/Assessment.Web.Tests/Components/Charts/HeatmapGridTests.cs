using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;


namespace Assessment.Web.Tests.Components.Charts;

public class HeatmapGridTests : AppTestContext
{
    [Fact]
    public void Cells_show_the_scores_in_their_bands_and_match_the_table_view()
    {
        using var _ = new UiCultureScope("zh-CN");
        var first = Instrument.Layers[0].Indicators[0].Id;
        var second = Instrument.Layers[0].Indicators[1].Id;
        var d = Dashboard(
            Row(1, "3301", "杭州市", 75, 25, null, composite: 72.5, indicators: new Dictionary<string, double?> { [first] = 90, [second] = null }),
            Row(2, "3302", "宁波市", 10, 90, null, composite: 15, indicators: new Dictionary<string, double?> { [first] = 39.96, [second] = 40 }));
        var table = DashboardTables.Heatmap(d);
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "热力图").Add(p => p.Round, Round).Add(p => p.FileName, "heatmap").Add(p => p.Table, table)
            .AddChildContent<HeatmapGrid>(h => h.Add(p => p.Table, table).Add(p => p.FirstScoreColumn, 3)));

        var grid = cut.FindAll("table.heatmap tbody tr").Select(tr => tr.QuerySelectorAll("td").Take(3)
            .Select(td => (Squash(td.TextContent), td.ClassName)).ToArray()).ToList();
        Assert.Equal([("72.5", "band-3"), ("90.0", "band-4"), ("不适用", "band-na")], grid[0]);
        Assert.Equal([("15.0", "band-0"), ("40.0", "band-1"), ("40.0", "band-2")], grid[1]); // 39.96 shows 40.0 but is below 40
        Assert.Equal(["杭州市", "3301"], cut.FindAll("table.heatmap tbody tr")[0].QuerySelectorAll("th").Select(th => Squash(th.TextContent)));
        var drawn = cut.FindAll("table.heatmap tbody tr").Select(tr => tr.QuerySelectorAll("th, td").Select(c => Squash(c.TextContent)).ToArray()).ToList();

        cut.Find("[data-testid=show-table]").Click();
        var listed = TableRows(cut);
        Assert.Equal(drawn, listed.Select(r => r.Skip(1).ToArray()));
        Assert.Equal("1", listed[0][0]);
    }

    [Fact]
    public void Three_hundred_jurisdictions_show_fifty_rows_a_page()
    {
        using var _ = new UiCultureScope("zh-CN");
        var table = new DashboardTable(
            [new("名次", "rank", true), new("地区", "jurisdiction"), new("代码", "code"), new("指标", "indicator:x", true)],
            Enumerable.Range(1, 300).Select(i => (IReadOnlyList<TableCell>)
                [TableCell.Text(i.ToString()), TableCell.Text($"地区{i}"), TableCell.Text($"{i:000000}"), TableCell.Score(100 - i / 3.0, DashboardFormat.Band(100 - i / 3.0))]).ToList());
        var cut = Render<HeatmapGrid>(ps => ps.Add(p => p.Table, table).Add(p => p.FirstScoreColumn, 3));
        Assert.Equal(50, cut.FindAll("table.heatmap tbody tr").Count);
        Assert.Equal("地区50", Squash(cut.FindAll("table.heatmap tbody tr")[49].QuerySelector("th")!.TextContent));
        Assert.Equal("第 1 / 6 页", cut.Find("[data-testid=heatmap-page]").TextContent);
        cut.Find("[data-testid=heatmap-next]").Click();
        Assert.Equal("地区51", Squash(cut.FindAll("table.heatmap tbody tr")[0].QuerySelector("th")!.TextContent));
        Assert.Equal("第 2 / 6 页", cut.Find("[data-testid=heatmap-page]").TextContent);
    }
}
