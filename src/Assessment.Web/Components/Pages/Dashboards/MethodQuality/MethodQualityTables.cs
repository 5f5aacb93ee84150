using System.Globalization;
using Assessment.Core.Analytics.Normalisation;
using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Dashboards.MethodQuality;

/// <summary>The method quality page's tables: what its charts draw, its table views list and its CSVs carry.</summary>
public static class MethodQualityTables
{
    /// <summary>Koo and Li (2016): ICC below 0.50 is poor.</summary>
    public const double PoorIcc = 0.50;
    /// <summary>Krippendorff (2004): alpha at least 0.800 for conclusions, at least 0.667 for tentative ones.</summary>
    public const double FirmAlpha = 0.800, TentativeAlpha = 0.667;
    /// <summary>Nunnally (1978): Cronbach's alpha of at least 0.70.</summary>
    public const double LowCronbach = 0.70;

    /// <param name="items">False: the layers and the composite only (the comparative report's summary).</param>
    public static DashboardTable Reliability(ReliabilityReport r, bool items = true)
    {
        var columns = new List<TableColumn>
        {
            new(MethodQualityTexts.Level.Localized(), "level"), new(MethodQualityTexts.Id.Localized(), "id"),
            new(MethodQualityTexts.Jurisdictions.Localized(), "jurisdictions", true), new(MethodQualityTexts.Raters.Localized(), "raters", true),
        };
        columns.AddRange(ReliabilityExport.IccKeys.Select(k => new TableColumn(k, k, true)));
        columns.AddRange([new("α nominal", "krippendorff_nominal", true), new("α ordinal", "krippendorff_ordinal", true),
            new("α interval", "krippendorff_interval", true), new(MethodQualityTexts.Cronbach.Localized(), "cronbach_alpha", true),
            new(MethodQualityTexts.CronbachN.Localized(), "cronbach_jurisdictions", true), new(MethodQualityTexts.Flag.Localized(), "flags")]);
        var rows = new List<IReadOnlyList<TableCell>>();
        if (items)
        {
            rows.AddRange(r.Items.Select(p => Row(MethodQualityTexts.Item, "item", p.Key, p.Value, null)));
            rows.AddRange(r.Indicators.Select(p => Row(MethodQualityTexts.Indicator, "indicator", p.Key, p.Value, null)));
        }
        rows.AddRange(r.Layers.Select(p => Row(MethodQualityTexts.Layer, "layer", p.Key, p.Value.Agreement, p.Value)));
        rows.Add(Row(MethodQualityTexts.Composite, "composite", "composite", r.Composite, null));
        return new DashboardTable(columns, rows);
    }

    /// <summary>The flags a row earns, as stable keys (CSV) and words (table).</summary>
    public static IReadOnlyList<(string Key, LocalizedText Text)> Flags(Agreement a, LayerReliability? layer)
    {
        var flags = new List<(string, LocalizedText)>();
        if (a.Icc?.Icc11 is double icc && icc < PoorIcc) flags.Add(("icc-poor", MethodQualityTexts.Poor));
        if (a.Krippendorff?.Interval is double alpha)
        {
            if (alpha < TentativeAlpha) flags.Add(("alpha-unreliable", MethodQualityTexts.Unreliable));
            else if (alpha < FirmAlpha) flags.Add(("alpha-tentative", MethodQualityTexts.Tentative));
        }
        if (layer?.CronbachAlpha is double c && c < LowCronbach) flags.Add(("cronbach-low", MethodQualityTexts.LowConsistency));
        return flags;
    }

    private static IReadOnlyList<TableCell> Row(LocalizedText level, string levelKey, string id, Agreement a, LayerReliability? layer)
    {
        var icc = a.Icc is null ? ReliabilityExport.IccKeys.Select(_ => (double?)null).ToList() : ReliabilityExport.IccValues(a.Icc);
        var flags = Flags(a, layer);
        return
        [
            TableCell.Text(level.Localized(), levelKey), TableCell.Text(id), Count(a.Jurisdictions), Count(a.Raters),
            .. icc.Select(Statistic),
            Statistic(a.Krippendorff?.Nominal), Statistic(a.Krippendorff?.Ordinal), Statistic(a.Krippendorff?.Interval),
            Statistic(layer?.CronbachAlpha), layer is null ? TableCell.Text("") : Count(layer.Jurisdictions),
            TableCell.Text(string.Join("; ", flags.Select(f => f.Text.Localized())), string.Join(";", flags.Select(f => f.Key)), flags.Count > 0 ? "flagged" : null),
        ];
    }

    /// <summary>How many jurisdictions the rank-interval chart draws; the table lists every one.</summary>
    public const int ChartRows = 40;

    /// <summary>The rank-interval chart's rows: the first <see cref="ChartRows"/> jurisdictions in rank order.</summary>
    public static IReadOnlyList<RankIntervalChart.RankRow> ChartRowsOf(RoundMethodQuality q) => q.Jurisdictions.Take(ChartRows)
        .Select(j => new RankIntervalChart.RankRow(j.Row.Name, j.Sensitivity.Rank, j.Sensitivity.MedianRank, j.Sensitivity.RankLow, j.Sensitivity.RankHigh)).ToList();

    /// <summary>Every jurisdiction's ranks and rater interval; the composite in the chosen view.</summary>
    public static DashboardTable Ranks(RoundMethodQuality q, ScoreView view)
    {
        var values = ScoreViews.Apply(view, q.Jurisdictions.Select(j => j.Row.Result.Composite).ToList());
        var columns = new List<TableColumn>
        {
            new(DashboardTexts.Jurisdiction.Localized(), "jurisdiction"), new(DashboardTexts.Code.Localized(), "code"),
            new($"{DashboardTexts.Composite.Localized()} ({MethodQualityTexts.ViewName(view).Localized()})", "composite:" + ViewKey(view), true),
            new(MethodQualityTexts.Rank.Localized(), "rank", true), new(MethodQualityTexts.MedianRank.Localized(), "median_rank", true),
            new(MethodQualityTexts.RankLow.Localized(), "rank_p5", true), new(MethodQualityTexts.RankHigh.Localized(), "rank_p95", true),
            new(MethodQualityTexts.RaterLow.Localized(), "composite_rater_p5", true), new(MethodQualityTexts.RaterHigh.Localized(), "composite_rater_p95", true),
        };
        var rows = q.Jurisdictions.Select((j, i) => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(j.Row.Name, href: DashboardTables.ProfileHref(q.Dashboard.Round.Id, j.Row)), TableCell.Text(DashboardTables.CodeShown(j.Row)),
            view == ScoreView.Score ? TableCell.Score(values[i]) : Statistic(values[i]),
            Count(j.Sensitivity.Rank), Count(j.Sensitivity.MedianRank), Count(j.Sensitivity.RankLow), Count(j.Sensitivity.RankHigh),
            TableCell.Score(j.Raters.Composite?.Low), TableCell.Score(j.Raters.Composite?.High),
        ]).ToList();
        return new DashboardTable(columns, rows);
    }

    public static DashboardTable Probabilities(RoundMethodQuality q)
    {
        var stages = q.Dashboard.Instrument.Stages;
        var columns = new List<TableColumn> { new(DashboardTexts.Jurisdiction.Localized(), "jurisdiction"), new(DashboardTexts.Code.Localized(), "code") };
        columns.AddRange(stages.Select(s => new TableColumn(string.Format(MethodQualityTexts.StageProbability.Localized(), s.Title.Localized()), "p_stage:" + s.Id, true)));
        columns.AddRange(Enum.GetValues<Quadrant>().Select(qd => new TableColumn(string.Format(MethodQualityTexts.QuadrantProbability.Localized(), qd), "p_quadrant:" + qd, true)));
        var rows = q.Jurisdictions.Select(j => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(j.Row.Name), TableCell.Text(DashboardTables.CodeShown(j.Row)),
            .. stages.Select(s => TableCell.Percent(j.Sensitivity.Stages[s.Id])),
            .. Enum.GetValues<Quadrant>().Select(qd => TableCell.Percent(j.Sensitivity.Quadrants[qd])),
        ]).ToList();
        return new DashboardTable(columns, rows);
    }

    public static DashboardTable LeaveOneOut(RoundMethodQuality q)
    {
        var titles = q.Dashboard.Indicators.ToDictionary(i => i.Id, i => i.Title.Localized());
        return new DashboardTable(
            [new(MethodQualityTexts.Indicator.Localized(), "indicator"), new(MethodQualityTexts.Id.Localized(), "id"),
             new(MethodQualityTexts.MeanShift.Localized(), "mean_rank_change", true), new(MethodQualityTexts.MaxShift.Localized(), "max_rank_change", true)],
            q.Sensitivity.Indicators.OrderByDescending(i => i.MeanRankShift).Select(i => (IReadOnlyList<TableCell>)
                [TableCell.Text(titles[i.IndicatorId]), TableCell.Text(i.IndicatorId), Statistic(i.MeanRankShift), Count(i.MaxRankShift)]).ToList());
    }

    public static string ViewKey(ScoreView view) => view switch
    {
        ScoreView.ZScore => "z",
        ScoreView.MinMax => "minmax",
        ScoreView.Rank => "rank",
        _ => "score",
    };

    /// <summary>Three decimals on screen, full precision in the CSV, "—" where undefined.</summary>
    public static TableCell Statistic(double? value) =>
        new(value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—", ScoreExport.Format(value));

    private static TableCell Count(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "—", value?.ToString(CultureInfo.InvariantCulture) ?? "");
}
