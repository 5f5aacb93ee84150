namespace Assessment.Core.Analytics.Reliability;

/// <summary>
/// Cronbach, L. J. (1951), "Coefficient alpha and the internal structure of tests", Psychometrika 16(3), 297-334:
/// alpha = k / (k - 1) * (1 - sum of the item variances / variance of the total), over respondents who answered
/// every item. Sample variances (n - 1) throughout; the ratio does not depend on the choice.
/// </summary>
public static class CronbachAlpha
{
    /// <param name="scores">One row per respondent (here a jurisdiction), one column per item, none missing.</param>
    /// <returns>Null with fewer than two respondents or items, or when the totals do not vary.</returns>
    public static double? Compute(IReadOnlyList<double[]> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = scores.Count;
        if (n < 2) return null;
        var k = scores[0].Length;
        if (k < 2) return null;
        if (scores.Any(r => r.Length != k)) throw new ArgumentException("every respondent needs a score for every item");

        double itemVariances = 0;
        for (var j = 0; j < k; j++)
        {
            var column = j;
            itemVariances += SumOfSquares(scores.Select(r => r[column]), out _) / (n - 1);
        }
        var totalSquares = SumOfSquares(scores.Select(r => r.Sum()), out var totalMean);
        if (Variance.IsZero(totalSquares, totalMean, n)) return null;
        return k / (k - 1.0) * (1 - itemVariances / (totalSquares / (n - 1)));
    }

    private static double SumOfSquares(IEnumerable<double> values, out double mean)
    {
        var list = values as IList<double> ?? values.ToList();
        var m = list.Average();
        mean = m;
        return list.Sum(v => (v - m) * (v - m));
    }
}
