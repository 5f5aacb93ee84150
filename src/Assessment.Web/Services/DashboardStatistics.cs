namespace Assessment.Web.Services;

/// <summary>Five numbers of a box plot: minimum, lower quartile, median, upper quartile, maximum.</summary>
public sealed record BoxStats(double Min, double Q1, double Median, double Q3, double Max, int Count);

/// <summary>Order statistics for the dashboards' charts. Pure; NA (null) values are left out, never counted as 0.</summary>
public static class DashboardStatistics
{
    /// <summary>
    /// Quartiles by linear interpolation between order statistics (Hyndman and Fan type 7, the default of R and of
    /// NumPy), so a researcher recomputing them from the CSV gets the same numbers. Null when no value is given.
    /// </summary>
    public static BoxStats? Box(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        if (sorted.Length == 0) return null;
        return new BoxStats(sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1], sorted.Length);
    }

    public static double? Median(IEnumerable<double?> values) => Box(values)?.Median;

    /// <param name="sorted">Ascending, at least one value.</param>
    /// <param name="p">In [0, 1].</param>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
