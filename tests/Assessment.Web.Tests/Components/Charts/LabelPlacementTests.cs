using System.Globalization;
using Assessment.Core.Rounds;
using Assessment.Data.Demo;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Tests.Demo;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>The quadrant map's labels never overprint: the demo round, a national round, and random point sets.</summary>
public sealed class LabelPlacementTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static readonly Box Plot = QuadrantMapLayout.Plot;

    [Theory]
    [InlineData("广州市", 11, 33)]
    [InlineData("Qingdao", 11, 46.2)]
    [InlineData("Ⅳ 技术赋能", 10, 56)] // Ⅳ and the ideographs 1 em each, the space 0.6 em
    public void Text_width_is_one_em_per_CJK_glyph_and_six_tenths_of_an_em_otherwise(string text, double fontSize, double expected) =>
        Assert.Equal(expected, LabelPlacement.TextWidth(text, fontSize), 6);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void The_demo_round_labels_every_point_without_overprinting(string culture)
    {
        var points = DemoPoints(culture == "en");
        using var _ = new UiCultureScope(culture);
        var layout = QuadrantMapLayout.Labels(points, [.. Enumerable.Range(0, points.Count)], QuadrantMapLayout.PointRadius);
        var markers = Markers(points, QuadrantMapLayout.PointRadius);
        LabelChecks.NoOverprint(layout, markers, Plot, QuadrantMapLayout.Corners().Select(c => c.Box).ToList());
        Assert.Empty(layout.Unplaced);
        Assert.Equal(points.Count, layout.Placed.Count);
        // Seven of the eight benchmark jurisdictions share one point in the 2026.1 demo round (the same seed-000 passages,
        // neutral elsewhere; Shanghai's seed 002 lifts its technology axis away from them): their labels stand in a
        // column beside the point, each with a leader line.
        var group = new[] { "11", "32", "33", "34", "3702", "44", "52" }.Select(c => points.FindIndex(p => p.Code == c)).ToHashSet();
        Assert.All(layout.Placed.Where(l => group.Contains(l.Marker)), l => Assert.NotNull(l.Leader));
    }

    [Fact]
    public void A_national_round_of_3351_crowded_points_labels_what_fits_and_never_overprints()
    {
        var points = NationalPoints();
        var markers = Markers(points, 2.5);
        var requests = points.Select((p, i) => new LabelRequest(i, p.Name)).ToList();
        var layout = LabelPlacement.Place(markers, requests, Plot, [], new LabelPlacement.Options(MaxLeader: 60));
        LabelChecks.NoOverprint(layout, markers, Plot, []);
        Assert.Equal(points.Count, layout.Placed.Count + layout.Unplaced.Count);
        Assert.Equal(points.Count, layout.Placed.Select(l => l.Marker).Concat(layout.Unplaced).Distinct().Count());
        Assert.InRange(layout.Placed.Count, 20, points.Count - 1000);
    }

    [Fact]
    public void A_national_round_labels_the_points_of_its_fullest_cell_without_overprinting()
    {
        var points = NationalPoints();
        var cells = QuadrantCells.Group(points, QuadrantMapLayout.CellScore);
        Assert.Equal(points.Count, cells.Sum(c => c.Members.Count));
        Assert.Equal(points.Count, cells.SelectMany(c => c.Members).Distinct().Count());
        var shown = cells.OrderByDescending(c => c.Members.Count).First().Members.Take(40).ToList();
        var layout = QuadrantMapLayout.Labels(points, shown, QuadrantMapLayout.ShownPointRadius);
        var markers = shown.Select(i => new Marker(QuadrantMapLayout.X(points[i].Technology), QuadrantMapLayout.Y(points[i].Organization), QuadrantMapLayout.ShownPointRadius)).ToList();
        var byMarker = new LabelLayout(layout.Placed.Select(l => l with { Marker = shown.IndexOf(l.Marker) }).ToList(), []);
        LabelChecks.NoOverprint(byMarker, markers, Plot, []);
        Assert.True(layout.Placed.Count == 40, $"only {layout.Placed.Count} of 40 found a place");
    }

    [Property(MaxTest = 150)]
    public Property Random_point_sets_never_overprint() => Prop.ForAll(PointSets.ToArbitrary(), points =>
    {
        var layout = QuadrantMapLayout.Labels(points, [.. Enumerable.Range(0, points.Count)], QuadrantMapLayout.PointRadius);
        LabelChecks.NoOverprint(layout, Markers(points, QuadrantMapLayout.PointRadius), Plot, QuadrantMapLayout.Corners().Select(c => c.Box).ToList());
        Assert.Equal(points.Count, layout.Placed.Count + layout.Unplaced.Count);
    });

    private static readonly string[] Names = ["北京市", "青岛市", "A", "Guangdong", "内蒙古自治区", "Xinjiang Uygur Autonomous Region", "黄山区", "Ürümqi"];

    // Up to 40 points, half of them snapped to a coarse grid so exact duplicates and near neighbours are common.
    private static Gen<List<QuadrantPoint>> PointSets =>
        from count in Gen.Choose(1, 40)
        from raw in Gen.ListOf(
            from t in Gen.Choose(0, 1000)
            from o in Gen.Choose(0, 1000)
            from snap in Gen.Elements(true, false)
            from name in Gen.Elements(Names)
            select (T: snap ? Math.Round(t / 100.0) * 10 : t / 10.0, O: snap ? Math.Round(o / 100.0) * 10 : o / 10.0, name), count)
        select raw.Select((p, i) => new QuadrantPoint($"P{i}", p.name, p.T, p.O, null)).ToList();

    private static List<Marker> Markers(IReadOnlyList<QuadrantPoint> points, double radius) =>
        points.Select(p => new Marker(QuadrantMapLayout.X(p.Technology), QuadrantMapLayout.Y(p.Organization), radius)).ToList();

    private List<QuadrantPoint> DemoPoints(bool english)
    {
        var store = new RoundStore(demo.Db);
        // The 2026.1 round (the first external one): its points are spread; the 2026.2 round stacks seven of the eight.
        var round = DemoData.RoundIds(demo.Db).Select(id => store.Find(id)!).First(r => r.Mode == RoundMode.ExternalEvaluation);
        var names = new JurisdictionStore(demo.Db).List().ToDictionary(j => j.Code);
        var points = RoundScores.ForRound(demo.Db, round.Id)
            .Where(s => s.Result.Technology is not null && s.Result.Organization is not null)
            .Select(s => new QuadrantPoint(s.JurisdictionCode, english ? names[s.JurisdictionCode].NameEn : names[s.JurisdictionCode].NameZh,
                s.Result.Technology!.Value, s.Result.Organization!.Value, null))
            .ToList();
        Assert.Equal(11, points.Count);
        return points;
    }

    /// <summary>
    /// China's 3,351 divisions with seeded scores: 70% in a tight cloud (sd 3 points) around (57.5, 52.5), a tenth of
    /// them stacked on another point within 0.2, the rest spread over 10-95.
    /// </summary>
    public static List<QuadrantPoint> NationalPoints()
    {
        var random = new Random(2026);
        var divisions = ChinaDivision.Load();
        Assert.Equal(3351, divisions.Count);
        var points = new List<QuadrantPoint>();
        foreach (var d in divisions)
        {
            var roll = random.NextDouble();
            (double T, double O) at = roll < 0.07 && points.Count > 0
                ? Near(points[random.Next(points.Count)], random)
                : roll < 0.7 ? (57.5 + 3 * Normal(random), 52.5 + 3 * Normal(random)) : (10 + 85 * random.NextDouble(), 10 + 85 * random.NextDouble());
            points.Add(new QuadrantPoint(d.Code, d.NameZh, Math.Clamp(at.T, 0, 100), Math.Clamp(at.O, 0, 100), $"dashboards/9/profile/{d.Code}"));
        }
        return points;
    }

    private static (double, double) Near(QuadrantPoint p, Random random) =>
        (p.Technology + 0.2 * random.NextDouble(), p.Organization + 0.2 * random.NextDouble());

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

/// <summary>Sets the UI culture for a block (the dashboards word everything in CurrentUICulture).</summary>
public sealed class UiCultureScope : IDisposable
{
    private readonly CultureInfo previous = CultureInfo.CurrentUICulture;

    public UiCultureScope(string culture) => CultureInfo.CurrentUICulture = new CultureInfo(culture);

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
