using Assessment.Core.Recommendations;
using Assessment.Core.Scoring;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;
using Quadrant = Assessment.Core.Instruments.Quadrant;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>The profile's spider and iceberg, and the layer table both sit above.</summary>
public class ProfileChartsTests : AppTestContext
{
    // Layers: interface 100, process 50, safeguard NA, value 0; the prefecture peers' medians 50, 25, 75, 100.
    private static readonly JurisdictionProfile Profile = MakeProfile();

    [Fact]
    public void Spider_vertices_lie_at_the_scores_on_each_spoke_and_match_the_layer_table()
    {
        using var _ = new UiCultureScope("zh-CN");
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "雷达图").Add(p => p.Round, Round).Add(p => p.FileName, "layers").Add(p => p.Table, DashboardTables.ProfileLayers(Profile))
            .AddChildContent<SpiderChart>(s => s.Add(p => p.Axes, Instrument.Layers.Select(l => l.Title.Localized()).ToList())
                .Add(p => p.Series, Series(Profile)).Add(p => p.Label, "雷达图")));

        // Centre (180, 180), radius 120 for 100; spokes up, right, down, left. NA is drawn at the centre.
        Assert.Equal([(180, 60), (240, 180), (180, 180), (180, 180)], PointList(cut.Find("polygon[data-series='杭州市']").GetAttribute("points")!));
        Assert.Equal([(180, 120), (210, 180), (180, 270), (60, 180)], PointList(cut.Find("polygon[data-series='地级 (n=3)']").GetAttribute("points")!));
        Assert.Equal(["界面整合", "流程优化", "保障体系", "价值理念"], cut.FindAll("text.axis-name").Select(t => t.TextContent));

        cut.Find("[data-testid=show-table]").Click();
        Assert.Equal([["界面整合", "100.0", "50.0"], ["流程优化", "50.0", "25.0"], ["保障体系", "不适用", "75.0"], ["价值理念", "0.0", "100.0"]], TableRows(cut));
    }

    [Fact]
    public void Iceberg_slices_carry_the_layer_scores_with_only_the_first_above_the_waterline()
    {
        using var _ = new UiCultureScope("zh-CN");
        var layers = Instrument.Layers.Select(l => new IcebergLayer(l.Title.Localized(), Profile.Row.Result.Layers.GetValueOrDefault(l.Id))).ToList();
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "冰山").Add(p => p.Round, Round).Add(p => p.FileName, "iceberg").Add(p => p.Table, DashboardTables.ProfileLayers(Profile))
            .AddChildContent<IcebergChart>(s => s.Add(p => p.Layers, layers).Add(p => p.Label, "冰山")));

        Assert.Equal(["100.0", "50.0", "不适用", "0.0"], cut.FindAll("g[data-layer]").Select(g => g.GetAttribute("data-score")));
        Assert.Equal(["界面整合 100.0", "流程优化 50.0", "保障体系 不适用", "价值理念 0.0"], cut.FindAll("text.slice-label").Select(t => t.TextContent));
        Assert.Equal(["band-4", "band-2", "band-na", "band-0"], cut.FindAll("polygon.slice").Select(p => p.ClassList.Last()));
        // Slices 56 px tall, 6 px gap under the first; half widths 60 + 35 k: slice 0 from 60 to 95, slice 1 from 95 to 130.
        Assert.Equal([(150, 10), (270, 10), (305, 62), (115, 62)], PointList(cut.FindAll("polygon.slice")[0].GetAttribute("points")!));
        Assert.Equal([(115, 72), (305, 72), (340, 124), (80, 124)], PointList(cut.FindAll("polygon.slice")[1].GetAttribute("points")!));
        var waterline = cut.Find("line.waterline");
        Assert.Equal(72, Number(waterline, "y1"));
        Assert.Equal("水面", cut.Find("text.waterline-label").TextContent);

        cut.Find("[data-testid=show-table]").Click();
        Assert.Equal(["100.0", "50.0", "不适用", "0.0"], TableRows(cut).Select(r => r[1]));
    }

    // As the profile page builds them: the jurisdiction, then each peer group's medians.
    private static List<SpiderSeries> Series(JurisdictionProfile p) =>
    [
        new(p.Row.Name, Instrument.Layers.Select(l => p.Row.Result.Layers.GetValueOrDefault(l.Id)).ToList(), "series-self"),
        .. p.Peers.Select((g, i) => new SpiderSeries($"{g.Group.Localized()} (n={g.Count})", Instrument.Layers.Select(l => g.Layers.GetValueOrDefault(l.Id)).ToList(), "series-peer" + i)),
    ];

    private static JurisdictionProfile MakeProfile()
    {
        var row = Row(1, "3301", "杭州市", 75, 25, Quadrant.III, [100, 50, null, 0]);
        var peers = new PeerMedians(new Assessment.Core.Instruments.LocalizedText("地级", "Prefectures"), 3,
            Instrument.Layers.Select((l, i) => (l.Id, Value: (double?)new[] { 50.0, 25, 75, 100 }[i])).ToDictionary(x => x.Id, x => x.Value));
        return new JurisdictionProfile(Dashboard(row), row, new Explanation(Instrument, row.Result, []), [peers],
            new ProfileRecommendations(null, null, [], null));
    }
}
