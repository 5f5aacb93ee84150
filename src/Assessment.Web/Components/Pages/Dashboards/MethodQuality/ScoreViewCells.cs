using Assessment.Core.Analytics.Normalisation;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;

namespace Assessment.Web.Components.Pages.Dashboards.MethodQuality;

/// <summary>
/// A score column of a dashboard table in a normalisation view: the view is computed over all of the round's
/// jurisdictions (not only the rows a filter leaves), then looked up per row; the stored scores are not touched.
/// </summary>
public sealed class ScoreViewCells
{
    private readonly ScoreView view;
    private readonly Dictionary<DashboardRow, double?> values = new(ReferenceEqualityComparer.Instance);

    public ScoreViewCells(ScoreView view, IReadOnlyList<DashboardRow> round, Func<DashboardRow, double?> score)
    {
        this.view = view;
        var computed = ScoreViews.Apply(view, round.Select(score).ToList());
        for (var i = 0; i < round.Count; i++) values[round[i]] = computed[i];
    }

    /// <summary>The column header with the view named (the 0-100 score keeps its plain header and CSV name).</summary>
    public TableColumn Column(string header, string csvName) => view == ScoreView.Score
        ? new(header, csvName, true)
        : new($"{header} ({MethodQualityTexts.ViewName(view).Localized()})", $"{csvName}:{MethodQualityTables.ViewKey(view)}", true);

    public TableCell Cell(DashboardRow row, string? scoreClass = null)
    {
        var value = values.GetValueOrDefault(row);
        return view switch
        {
            ScoreView.Score => TableCell.Score(value, scoreClass),
            ScoreView.Rank => TableCell.Text(value?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "—", value?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            _ => MethodQualityTables.Statistic(value),
        };
    }
}
