using Assessment.Web.Services;

namespace Assessment.Web.Components.Pages.Dashboards.Shared;

public sealed record BoxRow(string Label, BoxStats? Stats);

/// <param name="Previous">Where the jurisdiction was in the earlier round of the same instrument, if any.</param>
/// <param name="Move">Whether its quadrant changed since, judged against the raters' uncertainty (Movement).</param>
public sealed record QuadrantPoint(string Code, string Name, double Technology, double Organization, string? Href, (double T, double O)? Previous = null,
    Core.Analytics.Robustness.MoveKind? Move = null)
{
    /// <summary>A point per row placed on both axes (a row with T or O NA has no place), in the dashboard's (rank) order.</summary>
    public static List<QuadrantPoint> Of(RoundDashboard dashboard, IReadOnlyDictionary<string, (double T, double O)> previous,
        IReadOnlyDictionary<string, JurisdictionMove>? moves = null) => dashboard.Rows
        .Where(r => r.Result.Technology is not null && r.Result.Organization is not null)
        .Select(r => new QuadrantPoint(r.Jurisdiction.Code, r.Name, r.Result.Technology!.Value, r.Result.Organization!.Value,
            DashboardTables.ProfileHref(dashboard.Round.Id, r),
            previous.TryGetValue(r.Jurisdiction.Code, out var p) ? p : null,
            moves?.GetValueOrDefault(r.Jurisdiction.Code)?.Quadrant))
        .ToList();
}

/// <param name="Values">One value per axis, in axis order; null (NA) is drawn at the centre.</param>
public sealed record SpiderSeries(string Name, IReadOnlyList<double?> Values, string CssClass);

/// <param name="Weakest">The lowest non-NA layer (ScoreResult.WeakestLayer): marked on the chart.</param>
public sealed record IcebergLayer(string Name, double? Score, bool Weakest = false);

public sealed record TrendSeries(string Name, IReadOnlyList<double?> Values, string CssClass);

/// <summary>Maps a 0..100 score onto a pixel range; NA has no position.</summary>
public static class ChartScale
{
    public static double Map(double value, double from, double to) => from + (to - from) * Math.Clamp(value, 0, 100) / 100;

    public static string F(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
