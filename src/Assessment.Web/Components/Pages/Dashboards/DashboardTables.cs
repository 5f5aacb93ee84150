using Assessment.Core.Analytics.Normalisation;
using Assessment.Core.Instruments;
using Assessment.Core.Recommendations;
using Assessment.Web.Components.Pages.Dashboards.MethodQuality;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Dashboards;

/// <summary>
/// Each chart's rows as a table. The table view, the CSV and the charts read these, so what is drawn, listed and
/// downloaded cannot drift apart.
/// </summary>
public static class DashboardTables
{
    public static string ProfileHref(long roundId, string code) => $"dashboards/{roundId}/profile/{Uri.EscapeDataString(code)}";

    /// <summary>A row's profile link; none for an anonymous peer.</summary>
    public static string? ProfileHref(long roundId, DashboardRow row) => row.Anonymous ? null : ProfileHref(roundId, row.Jurisdiction.Code);

    /// <summary>A row's code as shown; an anonymous peer's stand-in key is never shown.</summary>
    public static string CodeShown(DashboardRow row) => row.Anonymous ? "" : row.Jurisdiction.Code;

    /// <param name="view">How the composite and layer columns are shown (computed over the whole round; stored scores unchanged).</param>
    public static DashboardTable Ranking(RoundDashboard d, IReadOnlyList<DashboardRow> rows, ScoreView view = ScoreView.Score)
    {
        var stages = d.Instrument.Stages.Select(s => s.Id).ToList();
        var composite = new ScoreViewCells(view, d.Rows, r => r.Result.Composite);
        var layers = d.Instrument.Layers.Select(l => new ScoreViewCells(view, d.Rows, r => r.Result.Layers.GetValueOrDefault(l.Id))).ToList();
        var columns = new List<TableColumn>
        {
            new(DashboardTexts.Rank.Localized(), "rank", true), new(DashboardTexts.Jurisdiction.Localized(), "jurisdiction"),
            new(DashboardTexts.Code.Localized(), "code"), new(DashboardTexts.Level.Localized(), "level"),
            new(DashboardTexts.Province.Localized(), "province"), new(DashboardTexts.Kind.Localized(), "kind"),
            composite.Column(DashboardTexts.Composite.Localized(), "composite"), new(DashboardTexts.LayerGap.Localized(), "layer_gap", true),
        };
        columns.AddRange(d.Instrument.Layers.Select((l, i) => layers[i].Column(l.Title.Localized(), "layer:" + l.Id)));
        columns.AddRange([new(DashboardTexts.Technology.Localized(), "technology", true), new(DashboardTexts.Organization.Localized(), "organization", true),
            new(DashboardTexts.Quadrant.Localized(), "quadrant"), new(DashboardTexts.Stage.Localized(), "stage"),
            new(DashboardTexts.Completeness.Localized(), "completeness", true)]);
        return new(columns, LazyRows.Of(rows, r => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(r.Rank.ToString()), TableCell.Text(r.Name, href: ProfileHref(d.Round.Id, r)),
            TableCell.Text(CodeShown(r)), TableCell.Text(DashboardTexts.LevelName(r.Jurisdiction.Level).Localized(), r.Jurisdiction.Level),
            TableCell.Text(ProvinceName(r), r.Province?.Code ?? ""), TableCell.Text(DashboardTexts.KindName(r.Jurisdiction.Kind).Localized(), r.Jurisdiction.Kind),
            composite.Cell(r, DashboardFormat.Band(r.Result.Composite)), TableCell.Score(r.Result.LayerGap),
            .. layers.Select(l => l.Cell(r)),
            TableCell.Score(r.Result.Technology), TableCell.Score(r.Result.Organization),
            r.Result.Quadrant is { } q ? TableCell.Text(QuadrantAdvice.Name(q).Localized(), q.ToString(), "quadrant-" + q) : TableCell.Text("", ""),
            r.Result.Stage is { } s ? TableCell.Text(s.Title.Localized(), s.Id, "stage-" + stages.IndexOf(s.Id)) : TableCell.Text("", ""),
            TableCell.Percent(r.Result.Completeness),
        ]));
    }

    public static DashboardTable LayerBoxes(RoundDashboard d, IReadOnlyList<DashboardRow> rows) => new(
        [new(DashboardTexts.Layer.Localized(), "layer"), new(DashboardTexts.Count.Localized(), "n", true),
         new(DashboardTexts.Min.Localized(), "min", true), new(DashboardTexts.Q1.Localized(), "q1", true),
         new(DashboardTexts.Median.Localized(), "median", true), new(DashboardTexts.Q3.Localized(), "q3", true),
         new(DashboardTexts.Max.Localized(), "max", true)],
        d.Instrument.Layers.Select(l => (l, box: DashboardStatistics.Box(rows.Select(r => r.Result.Layers.GetValueOrDefault(l.Id)))))
            .Select(x => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(x.l.Title.Localized(), x.l.Id), TableCell.Text((x.box?.Count ?? 0).ToString()),
                TableCell.Score(x.box?.Min), TableCell.Score(x.box?.Q1), TableCell.Score(x.box?.Median), TableCell.Score(x.box?.Q3), TableCell.Score(x.box?.Max),
            ]).ToList());

    public static DashboardTable StageCounts(RoundDashboard d, IReadOnlyList<DashboardRow> rows) => Counts(
        DashboardTexts.Stage,
        d.Instrument.Stages.Select((s, i) => (s.Title.Localized(), s.Id, rows.Count(r => r.Result.Stage?.Id == s.Id), "stage-" + i)));

    public static DashboardTable QuadrantCounts(IReadOnlyList<DashboardRow> rows) => Counts(
        DashboardTexts.Quadrant,
        Enum.GetValues<Quadrant>().Select(q => (QuadrantAdvice.Name(q).Localized(), q.ToString(), rows.Count(r => r.Result.Quadrant == q), "quadrant-" + q)));

    /// <param name="moves">Each jurisdiction's quadrant move since the earlier round (MethodQualityService.MovesAsync): with
    /// any, a column says in words what the map's arrow shows.</param>
    public static DashboardTable Quadrants(RoundDashboard d, IReadOnlyDictionary<string, JurisdictionMove>? moves = null)
    {
        var withMoves = moves is { Count: > 0 };
        List<TableColumn> columns =
        [
            new(DashboardTexts.Jurisdiction.Localized(), "jurisdiction"), new(DashboardTexts.Code.Localized(), "code"),
            new(DashboardTexts.Technology.Localized(), "technology", true), new(DashboardTexts.Organization.Localized(), "organization", true),
            new(DashboardTexts.Quadrant.Localized(), "quadrant"),
        ];
        if (withMoves) columns.Add(new(QuadrantMapTexts.MoveColumn.Localized(), "quadrant_move"));
        return new(columns, LazyRows.Of(d.Rows, r =>
        {
            List<TableCell> cells =
            [
                TableCell.Text(r.Name, href: ProfileHref(d.Round.Id, r)), TableCell.Text(CodeShown(r)),
                TableCell.Score(r.Result.Technology), TableCell.Score(r.Result.Organization),
                r.Result.Quadrant is { } q ? TableCell.Text(QuadrantAdvice.Name(q).Localized(), q.ToString(), "quadrant-" + q) : TableCell.Text("", ""),
            ];
            if (withMoves)
                cells.Add(moves!.GetValueOrDefault(r.Jurisdiction.Code) is { } m
                    ? TableCell.Text(QuadrantMapTexts.Move(m.Quadrant).Localized(), QuadrantMapTexts.MoveKey(m.Quadrant), "move-" + QuadrantMapTexts.MoveKey(m.Quadrant))
                    : TableCell.Text("—", ""));
            return (IReadOnlyList<TableCell>)cells;
        }));
    }

    public static DashboardTable Heatmap(RoundDashboard d)
    {
        var indicators = d.Indicators.ToList();
        return new(
            [new(DashboardTexts.Rank.Localized(), "rank", true), new(DashboardTexts.Jurisdiction.Localized(), "jurisdiction"),
             new(DashboardTexts.Code.Localized(), "code"), new(DashboardTexts.Composite.Localized(), "composite", true),
             .. indicators.Select(i => new TableColumn(i.Title.Localized(), "indicator:" + i.Id, true))],
            LazyRows.Of(d.Rows, r => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(r.Rank.ToString()), TableCell.Text(r.Name, href: ProfileHref(d.Round.Id, r)),
                TableCell.Text(CodeShown(r)), TableCell.Score(r.Result.Composite, DashboardFormat.Band(r.Result.Composite)),
                .. indicators.Select(i => TableCell.Score(r.Result.Indicators.GetValueOrDefault(i.Id), DashboardFormat.Band(r.Result.Indicators.GetValueOrDefault(i.Id)))),
            ]));
    }

    /// <summary>The profile's layers against each peer group's median.</summary>
    public static DashboardTable ProfileLayers(JurisdictionProfile p) => new(
        [new(DashboardTexts.Layer.Localized(), "layer"), new(DashboardTexts.This.Localized(), "score", true),
         .. p.Peers.Select((g, i) => new TableColumn($"{g.Group.Localized()} (n={g.Count})", "peer_median_" + i, true))],
        p.Dashboard.Instrument.Layers.Select(l => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(l.Title.Localized(), l.Id), TableCell.Score(p.Row.Result.Layers.GetValueOrDefault(l.Id)),
            .. p.Peers.Select(g => TableCell.Score(g.Layers.GetValueOrDefault(l.Id))),
        ]).ToList());

    /// <summary>Every non-NA indicator's score; the highest and lowest are marked (all of them on a tie).</summary>
    public static DashboardTable ProfileIndicators(JurisdictionProfile p)
    {
        var scores = p.Dashboard.Instrument.Layers
            .SelectMany(l => l.Indicators.Select(i => (layer: l, indicator: i, score: p.Row.Result.Indicators.GetValueOrDefault(i.Id))))
            .ToList();
        var present = scores.Where(s => s.score is not null).Select(s => s.score!.Value).ToList();
        double? max = present.Count > 0 ? present.Max() : null, min = present.Count > 0 ? present.Min() : null;
        return new(
            [new(DashboardTexts.Layer.Localized(), "layer"), new(DashboardTexts.Indicator.Localized(), "indicator"),
             new(DashboardTexts.Score.Localized(), "score", true), new(DashboardTexts.Strongest.Localized() + " / " + DashboardTexts.Weakest.Localized(), "mark")],
            scores.Select(s => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(s.layer.Title.Localized(), s.layer.Id), TableCell.Text(s.indicator.Title.Localized(), s.indicator.Id),
                TableCell.Score(s.score, DashboardFormat.Band(s.score)),
                s.score is null || max == min ? TableCell.Text("", "")
                    : s.score == max ? TableCell.Text(DashboardTexts.Strongest.Localized(), "strongest", "mark-strongest")
                    : s.score == min ? TableCell.Text(DashboardTexts.Weakest.Localized(), "weakest", "mark-weakest")
                    : TableCell.Text("", ""),
            ]).ToList());
    }

    public static DashboardTable Trend(RoundDashboard d, IReadOnlyList<TrendPoint> points) => new(
        [new(DashboardTexts.Round.Localized(), "round"), new(DashboardTexts.Instrument.Localized(), "instrument_version"),
         new(DashboardTexts.Composite.Localized(), "composite", true),
         .. d.Instrument.Layers.Select(l => new TableColumn(l.Title.Localized(), "layer:" + l.Id, true)),
         new(DashboardTexts.Technology.Localized(), "technology", true), new(DashboardTexts.Organization.Localized(), "organization", true),
         new(DashboardTexts.Quadrant.Localized(), "quadrant")],
        points.Select(p => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(p.Round.Name, p.Round.Id.ToString()), TableCell.Text(p.Round.InstrumentVersion),
            TableCell.Score(p.Result.Composite),
            .. d.Instrument.Layers.Select(l => TableCell.Score(p.Result.Layers.GetValueOrDefault(l.Id))),
            TableCell.Score(p.Result.Technology), TableCell.Score(p.Result.Organization),
            p.Result.Quadrant is { } q ? TableCell.Text(QuadrantAdvice.Name(q).Localized(), q.ToString(), "quadrant-" + q) : TableCell.Text("", ""),
        ]).ToList());

    private static DashboardTable Counts(LocalizedText what, IEnumerable<(string Name, string Id, int Count, string Class)> counts) => new(
        [new(what.Localized(), "id"), new(DashboardTexts.Count.Localized(), "count", true)],
        counts.Select(c => (IReadOnlyList<TableCell>)[TableCell.Text(c.Name, c.Id, c.Class), TableCell.Text(c.Count.ToString())]).ToList());

    private static string ProvinceName(DashboardRow r) => r.Province is not { } p ? ""
        : UiCulture.Current.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? p.NameZh : p.NameEn;
}
