namespace Assessment.Core.Analytics.Robustness;

/// <summary>Percentiles by the nearest-rank method: the smallest value with at least p of the mass at or below it.</summary>
public static class Percentile
{
    /// <param name="sorted">Values in ascending order, each of equal weight.</param>
    /// <param name="p">In (0, 1].</param>
    public static T NearestRank<T>(IReadOnlyList<T> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count - 1e-9) - 1, 0, sorted.Count - 1)];

    /// <param name="sorted">Distinct values in ascending order with their probabilities (summing to 1).</param>
    public static double NearestRank(IReadOnlyList<(double Value, double Probability)> sorted, double p)
    {
        double cumulative = 0;
        foreach (var (value, probability) in sorted)
        {
            cumulative += probability;
            if (cumulative >= p - 1e-12) return value; // sums of thirds and quarters must not miss by a rounding
        }
        return sorted[^1].Value;
    }
}
