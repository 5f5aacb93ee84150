namespace Assessment.Core.Analytics.Reliability;

internal static class Variance
{
    /// <summary>
    /// Whether a sum of squared deviations is zero but for rounding: n equal values can average to a double a few
    /// units in the last place away from themselves, leaving a sum of squares near 1e-32 that would turn a ratio
    /// of two such sums into noise instead of "undefined".
    /// </summary>
    public static bool IsZero(double sumOfSquares, double mean, int count) =>
        sumOfSquares <= count * 1e-24 * Math.Max(1, mean * mean);
}
