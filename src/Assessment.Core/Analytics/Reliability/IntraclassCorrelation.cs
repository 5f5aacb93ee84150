namespace Assessment.Core.Analytics.Reliability;

/// <summary>The six intraclass correlations of Shrout and Fleiss (1979); a form is null where its denominator is 0.</summary>
public sealed record IccForms(double? Icc11, double? Icc21, double? Icc31, double? Icc1K, double? Icc2K, double? Icc3K);

/// <summary>
/// Shrout, P. E. and Fleiss, J. L. (1979), "Intraclass correlations: uses in assessing rater reliability",
/// Psychological Bulletin 86(2), 420-428, Table 1: the mean squares of the two-way layout (targets x judges) and
/// the six forms built from them. ICC(1,·): each target rated by its own judges; ICC(2,·): judges a random sample,
/// absolute agreement; ICC(3,·): these judges only, consistency. (·,1) is one judge's reliability, (·,k) the mean's.
/// </summary>
public static class IntraclassCorrelation
{
    /// <param name="ratings">One row per target, each with the same number k of judges' ratings, none missing.</param>
    /// <returns>Null with fewer than two targets or judges, or when no rating differs from another.</returns>
    public static IccForms? Compute(IReadOnlyList<double[]> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var n = ratings.Count;
        if (n < 2) return null;
        var k = ratings[0].Length;
        if (k < 2) return null;
        if (ratings.Any(r => r.Length != k)) throw new ArgumentException("every target needs the same number of ratings");

        var rowMeans = new double[n];
        var colMeans = new double[k];
        double grand = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                rowMeans[i] += ratings[i][j];
                colMeans[j] += ratings[i][j];
            }
            grand += rowMeans[i];
            rowMeans[i] /= k;
        }
        grand /= n * k;
        for (var j = 0; j < k; j++) colMeans[j] /= n;

        double ssTotal = 0, ssRows = 0, ssCols = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < k; j++) ssTotal += Square(ratings[i][j] - grand);
        for (var i = 0; i < n; i++) ssRows += k * Square(rowMeans[i] - grand);
        for (var j = 0; j < k; j++) ssCols += n * Square(colMeans[j] - grand);
        if (Variance.IsZero(ssTotal, grand, n * k)) return null;

        var bms = ssRows / (n - 1);
        var wms = (ssTotal - ssRows) / (n * (k - 1));
        var jms = ssCols / (k - 1);
        var ems = (ssTotal - ssRows - ssCols) / ((n - 1) * (k - 1));
        return new IccForms(
            Ratio(bms - wms, bms + (k - 1) * wms),
            Ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
            Ratio(bms - ems, bms + (k - 1) * ems),
            Ratio(bms - wms, bms),
            Ratio(bms - ems, bms + (jms - ems) / n),
            Ratio(bms - ems, bms));
    }

    private static double Square(double x) => x * x;

    private static double? Ratio(double numerator, double denominator) =>
        denominator == 0 || !double.IsFinite(numerator / denominator) ? null : numerator / denominator;
}
