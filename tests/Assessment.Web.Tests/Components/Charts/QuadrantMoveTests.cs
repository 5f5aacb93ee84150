using Assessment.Core.Analytics.Robustness;
using Assessment.Core.Instruments;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Services;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>
/// Moves between rounds on the quadrant map: a solid arrow where the quadrant changed beyond the raters' uncertainty,
/// a dashed one where it changed within it or could not be measured; the table view says which in words.
/// </summary>
public class QuadrantMoveTests : AppTestContext
{
    private static readonly QuadrantThresholds Thresholds = new(50, 60);

    private static readonly RoundDashboard Moved = Dashboard(
        Row(1, "3301", "杭州市", 75, 70, Quadrant.IV),
        Row(2, "3302", "宁波市", 55, 40, Quadrant.III),
        Row(3, "3201", "南京市", 30, 70, Quadrant.II),
        Row(4, "3202", "无锡市", 20, 20, Quadrant.I),
        Row(5, "3203", "徐州市", 60, 65, Quadrant.IV));

    private static readonly Dictionary<string, (double T, double O)> Before = new()
    {
        ["3301"] = (30, 30),
        ["3302"] = (45, 40),
        ["3201"] = (20, 50),
        ["3202"] = (25, 25),
    };

    private static readonly Dictionary<string, JurisdictionMove> Moves = new()
    {
        ["3301"] = new(MoveKind.BeyondUncertainty, MoveKind.BeyondUncertainty),
        ["3302"] = new(MoveKind.None, MoveKind.WithinUncertainty),
        ["3201"] = new(MoveKind.Unmeasured, MoveKind.Unmeasured),
        ["3202"] = new(MoveKind.None, MoveKind.None),
    };

    [Fact]
    public void A_move_beyond_the_uncertainty_is_a_solid_arrow_and_one_within_it_or_unmeasured_is_dashed()
    {
        using var _ = new UiCultureScope("zh-CN");
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, QuadrantPoint.Of(Moved, Before, Moves)).Add(p => p.Thresholds, Thresholds));

        var arrows = cut.FindAll("line.movement").ToDictionary(l => l.GetAttribute("data-from")!);
        Assert.Equal(["3201", "3202", "3301", "3302"], arrows.Keys.Order());
        Assert.Null(arrows["3301"].GetAttribute("stroke-dasharray"));
        Assert.Contains("beyond", arrows["3301"].ClassList);
        foreach (var dashed in new[] { "3302", "3201", "3202" })
        {
            Assert.Equal("5 4", arrows[dashed].GetAttribute("stroke-dasharray"));
            Assert.Contains("within", arrows[dashed].ClassList);
        }
    }

    [Theory]
    [InlineData("zh-CN", "与上一轮相比的象限变化", "象限变化超出评估员区间，计为变化", "象限变化在评估员区间之内，不计为变化", "象限有变化，但无法衡量（只有一名评估员）", "象限未变")]
    [InlineData("en", "Quadrant move since the earlier round", "moved beyond the raters' uncertainty: a change", "moved within the raters' uncertainty: not a change", "moved, but not measurable (one rater)", "same quadrant")]
    public void The_table_view_says_in_words_whether_each_move_is_beyond_the_uncertainty(
        string culture, string header, string beyond, string within, string unmeasured, string same)
    {
        using var _ = new UiCultureScope(culture);
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "map").Add(p => p.Round, Moved.Round).Add(p => p.FileName, "quadrant-map")
            .Add(p => p.Table, DashboardTables.Quadrants(Moved, Moves))
            .AddChildContent<QuadrantMap>(map => map.Add(p => p.Points, QuadrantPoint.Of(Moved, Before, Moves)).Add(p => p.Thresholds, Thresholds)));

        cut.Find("[data-testid=show-table]").Click();
        Assert.Equal(header, Squash(cut.FindAll(".data-table table thead th").Last().TextContent));
        Assert.Equal([beyond, within, unmeasured, same, "—"], TableRows(cut).Select(r => r[^1]));
    }

    [Fact]
    public void Without_an_earlier_round_the_table_has_no_move_column()
    {
        Assert.Equal(5, DashboardTables.Quadrants(Moved, new Dictionary<string, JurisdictionMove>()).Columns.Count);
        Assert.Equal(6, DashboardTables.Quadrants(Moved, Moves).Columns.Count);
    }
}
