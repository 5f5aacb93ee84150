using Assessment.Core.Rounds;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Tests.Components;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>The chart panel in a live render: the Chart | Table switch, the CSV of what the table shows, the demo mark.</summary>
public class ChartPanelTests
{
    private const string Script = "./Components/Pages/Dashboards/Shared/ChartPanel.razor.js";

    private static readonly DashboardRound Round = new(7, "2026 外部评估", RoundStatus.Published, RoundMode.ExternalEvaluation, "egov-iceberg-external", "2026.1", false, "");

    // Deliberately out of order, with an NA (empty raw value) in the middle.
    private static readonly DashboardTable Scores = new(
        [new("地区", "jurisdiction"), new("综合得分", "composite", Numeric: true)],
        [
            [TableCell.Text("宁波市"), TableCell.Text("80.5")],
            [TableCell.Text("温州市"), TableCell.Text("不适用", "")],
            [TableCell.Text("杭州市"), TableCell.Text("72.5")],
        ]);

    [Fact]
    public async Task The_switch_shows_the_table_in_place_of_the_chart_and_says_which_is_pressed()
    {
        await using var ctx = new AppTestContext();
        var cut = Render(ctx, Round);
        Assert.Single(cut.FindAll("svg#chart-under-test"));
        Assert.Equal("true", cut.Find("[data-testid=show-chart]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid=show-table]").GetAttribute("aria-pressed"));

        cut.Find("[data-testid=show-table]").Click();

        Assert.Empty(cut.FindAll("svg#chart-under-test"));
        Assert.Equal("true", cut.Find("[data-testid=show-table]").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-testid=show-chart]").GetAttribute("aria-pressed"));
        cut.WaitForAssertion(() => Assert.Equal(["宁波市", "温州市", "杭州市"], Names(cut)));
    }

    [Fact]
    public async Task The_CSV_is_the_table_as_shown_in_its_sorted_order()
    {
        await using var ctx = new AppTestContext();
        var module = ctx.JSInterop.SetupModule(Script);
        module.SetupVoid("downloadText", _ => true).SetVoidResult();
        var cut = Render(ctx, Round);
        cut.Find("[data-testid=show-table]").Click();
        cut.WaitForAssertion(() => Assert.Equal(3, Names(cut).Count));

        cut.FindAll(".mud-table-sort-label")[1].Click(); // the score, ascending; NA stays last
        cut.WaitForAssertion(() => Assert.Equal(["杭州市", "宁波市", "温州市"], Names(cut)));
        cut.Find("[data-testid=download-csv]").Click();

        var call = module.VerifyInvoke("downloadText");
        Assert.Equal("round-7-test.csv", call.Arguments[0]);
        Assert.Equal("jurisdiction,composite\r\n杭州市,72.5\r\n宁波市,80.5\r\n温州市,\r\n", call.Arguments[1]);
    }

    [Fact]
    public async Task Before_any_sort_the_CSV_keeps_the_order_the_chart_was_given()
    {
        await using var ctx = new AppTestContext();
        var module = ctx.JSInterop.SetupModule(Script);
        module.SetupVoid("downloadText", _ => true).SetVoidResult();
        var cut = Render(ctx, Round);

        cut.Find("[data-testid=download-csv]").Click();

        Assert.Equal("jurisdiction,composite\r\n宁波市,80.5\r\n温州市,\r\n杭州市,72.5\r\n", module.VerifyInvoke("downloadText").Arguments[1]);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task Only_a_demo_round_carries_the_illustrative_mark(bool isDemo, int marks)
    {
        await using var ctx = new AppTestContext();
        var cut = Render(ctx, Round with { IsDemo = isDemo });
        Assert.Equal(marks, cut.FindAll("[data-testid=illustrative-mark]").Count);
        Assert.Contains("2026 外部评估 · egov-iceberg-external 2026.1 · 汇总方式：评估员平均分，已采用协调答案", cut.Find("[data-testid=chart-caption]").TextContent);
    }

    private static IRenderedComponent<ChartPanel> Render(AppTestContext ctx, DashboardRound round) => ctx.Render<ChartPanel>(p => p
        .Add(x => x.Title, "综合得分")
        .Add(x => x.Round, round)
        .Add(x => x.Table, Scores)
        .Add(x => x.FileName, "test")
        .Add(x => x.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<svg id=\"chart-under-test\"></svg>"))));

    private static List<string> Names(IRenderedComponent<ChartPanel> cut) =>
        cut.FindAll("tbody tr td[data-csv=jurisdiction]").Select(td => td.TextContent.Trim()).ToList();
}
