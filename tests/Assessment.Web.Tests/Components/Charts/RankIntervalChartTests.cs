using Assessment.Core.Analytics.Normalisation;
using Assessment.Core.Analytics.Reliability;
using Assessment.Web.Components.Pages.Dashboards.MethodQuality;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>The rank-interval chart on x = 150 + 470 (rank - 1) / (count - 1), and the method quality tables' flags and views.</summary>
public class RankIntervalChartTests : AppTestContext
{
    [Fact]
    public void An_interval_runs_from_its_5th_to_its_95th_percentile_rank_with_the_median_marked()
    {
        // Eleven ranked: rank 1 at x 150, rank 11 at 620, so rank r at 150 + 47 (r - 1).
        var cut = Render<RankIntervalChart>(ps => ps
            .Add(p => p.Rows, [new("A", 2, 3, 1, 5), new("B", null, null, null, null)])
            .Add(p => p.Count, 11)
            .Add(p => p.Label, "Rank intervals"));
        var interval = cut.Find("g[data-interval='0']");
        var bar = interval.QuerySelector("line.interval")!;
        Assert.Equal((150, 338), (Number(bar, "x1"), Number(bar, "x2")));  // ranks 1 and 5
        Assert.Equal(244, Number(interval.QuerySelector("circle.median")!, "cx")); // rank 3
        Assert.Equal(197, Number(interval.QuerySelector("circle.rank")!, "cx"));   // rank 2
        Assert.Empty(cut.FindAll("g[data-interval='1']")); // NA: no interval drawn
    }

    [Fact]
    public void Reliability_rows_are_flagged_below_the_published_thresholds()
    {
        Agreement With(double icc, double alpha) => new(10, 2, new IccForms(icc, icc, icc, icc, icc, icc), new KrippendorffAlphas(alpha, alpha, alpha));
        Assert.Empty(MethodQualityTables.Flags(With(0.50, 0.800), null));
        Assert.Equal(["icc-poor", "alpha-tentative"], MethodQualityTables.Flags(With(0.49, 0.799), null).Select(f => f.Key));
        Assert.Equal(["alpha-unreliable"], MethodQualityTables.Flags(With(0.9, 0.666), null).Select(f => f.Key));
        Assert.Equal(["cronbach-low"], MethodQualityTables.Flags(With(0.9, 0.9), new LayerReliability(0.69, 5, 10, With(0.9, 0.9))).Select(f => f.Key));
    }

    [Fact]
    public void The_ranking_table_names_the_view_in_its_columns_and_csv_and_keeps_the_stored_scores()
    {
        using var _ = new UiCultureScope("en");
        var d = Dashboard(
            Row(1, "3301", "杭州市", 50, 50, null, [80, null, 60, 60], composite: 80),
            Row(2, "3302", "宁波市", 50, 50, null, [40, null, 60, 60], composite: 40));
        var table = Assessment.Web.Components.Pages.Dashboards.DashboardTables.Ranking(d, d.Rows, ScoreView.MinMax);
        var column = table.Columns.Select((c, i) => (c, i)).Single(p => p.c.CsvName == "composite:minmax");
        Assert.Contains("min–max", column.c.Header);
        Assert.Equal(["100", "0"], table.Rows.Select(r => r[column.i].Raw));
        Assert.Equal(80, d.Rows[0].Result.Composite); // the view never writes back
    }
}
