using System.Globalization;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Tests.Components;
using Bunit;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>The table view over LazyRows: sorting by a column, paging, and only the shown page's rows built.</summary>
public class DataTableViewTests
{
    [Fact]
    public async Task A_numeric_column_sorts_ascending_then_descending_with_NA_last_both_ways()
    {
        await using var ctx = new AppTestContext();
        var table = new DashboardTable([new("地区", "jurisdiction"), new("得分", "score", Numeric: true)],
        [
            [TableCell.Text("乙"), TableCell.Text("20")],
            [TableCell.Text("甲"), TableCell.Text("不适用", "")],
            [TableCell.Text("丙"), TableCell.Text("9.5")],
            [TableCell.Text("丁"), TableCell.Text("100")],
        ]);
        var cut = ctx.Render<DataTableView>(p => p.Add(x => x.Table, table));
        cut.WaitForAssertion(() => Assert.Equal(["乙", "甲", "丙", "丁"], Column(cut, "jurisdiction")));

        cut.FindAll(".mud-table-sort-label")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(["丙", "乙", "丁", "甲"], Column(cut, "jurisdiction"))); // 9.5 < 20 < 100, numerically

        cut.FindAll(".mud-table-sort-label")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(["丁", "乙", "丙", "甲"], Column(cut, "jurisdiction")));
    }

    [Fact]
    public async Task Pages_of_fifty_with_a_Chinese_summary_and_only_the_pages_shown_built()
    {
        await using var ctx = new AppTestContext();
        var built = 0;
        var numbers = Enumerable.Range(1, 120).ToList();
        var rows = LazyRows.Of(numbers, n =>
        {
            built++;
            return [TableCell.Text(n.ToString(CultureInfo.InvariantCulture))];
        });
        var cut = ctx.Render<DataTableView>(p => p.Add(x => x.Table, new DashboardTable([new("序号", "n", Numeric: true)], rows)));

        cut.WaitForAssertion(() => Assert.Equal(50, Column(cut, "n").Count));
        Assert.Equal("1", Column(cut, "n")[0]);
        Assert.Equal("50", Column(cut, "n")[^1]);
        Assert.Equal(50, built);
        Assert.Contains("第 1–50 行，共 120 行", cut.Markup);

        cut.Find("button[aria-label='下一页']").Click();

        cut.WaitForAssertion(() => Assert.Equal("51", Column(cut, "n")[0]));
        Assert.Equal("100", Column(cut, "n")[^1]);
        Assert.Equal(100, built);
        Assert.Contains("第 51–100 行，共 120 行", cut.Markup);
    }

    [Fact]
    public async Task A_table_of_one_page_has_no_pager()
    {
        await using var ctx = new AppTestContext();
        var table = new DashboardTable([new("地区", "jurisdiction")], [[TableCell.Text("杭州市", href: "dashboards/7/profile/3301")]]);
        var cut = ctx.Render<DataTableView>(p => p.Add(x => x.Table, table));
        cut.WaitForAssertion(() => Assert.Equal(["杭州市"], Column(cut, "jurisdiction")));
        Assert.Empty(cut.FindAll(".mud-table-pagination"));
        Assert.Equal("dashboards/7/profile/3301", cut.Find("td[data-csv=jurisdiction] a").GetAttribute("href"));
    }

    private static List<string> Column(IRenderedComponent<DataTableView> cut, string csvName) =>
        cut.FindAll($"tbody tr td[data-csv='{csvName}']").Select(td => td.TextContent.Trim()).ToList();
}
