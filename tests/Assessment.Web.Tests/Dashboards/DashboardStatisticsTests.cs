using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Dashboards;

public class DashboardStatisticsTests
{
    [Fact]
    public void Quartiles_interpolate_between_order_statistics_as_R_and_NumPy_do()
    {
        // R: quantile(c(1, 2, 4, 10), type = 7) -> 1, 1.75, 3, 5.5, 10
        var box = DashboardStatistics.Box([10, 1, 4, 2])!;
        Assert.Equal((1, 1.75, 3, 5.5, 10, 4), (box.Min, box.Q1, box.Median, box.Q3, box.Max, box.Count));
    }

    [Fact]
    public void NA_values_are_left_out_not_counted_as_zero()
    {
        var box = DashboardStatistics.Box([null, 30, null, 50, 40])!;
        Assert.Equal((30, 35, 40, 45, 50, 3), (box.Min, box.Q1, box.Median, box.Q3, box.Max, box.Count));
        Assert.Null(DashboardStatistics.Box([null, null]));
        Assert.Null(DashboardStatistics.Median([]));
    }

    [Fact]
    public void One_value_is_every_quartile()
    {
        var box = DashboardStatistics.Box([72.5])!;
        Assert.All(new[] { box.Min, box.Q1, box.Median, box.Q3, box.Max }, v => Assert.Equal(72.5, v));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(25, DashboardStatistics.Median([10, 20, 30, 90]));

    [Fact]
    public void Peers_are_the_same_level_and_for_a_county_also_the_same_province()
    {
        Jurisdiction zj = new("33", "浙江省", "Zhejiang", "province", "province", null), js = new("32", "江苏省", "Jiangsu", "province", "province", null);
        var rows = new[]
        {
            Row(1, new("330106", "西湖区", "Xihu", "county", "district", "3301"), zj, 40),
            Row(2, new("330102", "上城区", "Shangcheng", "county", "district", "3301"), zj, 60),
            Row(3, new("320102", "玄武区", "Xuanwu", "county", "district", "3201"), js, 10),
            Row(4, zj, zj, 99),
        };
        var dashboard = new RoundDashboard(new DashboardRound(1, "r", RoundStatus.Published, RoundMode.ExternalEvaluation, "i", "1", false, ""), Instrument, rows);
        var peers = DashboardService.PeersOf(dashboard, rows[0]);
        Assert.Equal([3, 2], peers.Select(p => p.Count));
        Assert.Equal(40, peers[0].Layers["L"]);  // median of 40, 60, 10: the province (99) is another level
        Assert.Equal(50, peers[1].Layers["L"]);  // Zhejiang's counties: 40 and 60
        Assert.Single(DashboardService.PeersOf(dashboard, rows[3])); // a province has no province group
    }

    private static readonly Instrument Instrument = new("i", "1", new("i", "i"), null, new QuadrantThresholds(), [new Stage("s", 0, new("s", "s"))],
        [new Layer("L", new("层", "L"), 1, [])]);

    private static DashboardRow Row(int rank, Jurisdiction j, Jurisdiction province, double layer) =>
        new(rank, j, province, new ScoreResult(layer, 1, null, null, null, null, new Dictionary<string, double?> { ["L"] = layer }, new Dictionary<string, double?>()));
}
