namespace Assessment.Core.Analytics.Reliability;

/// <summary>Krippendorff's alpha at three levels of measurement; a level is null where its expected disagreement is 0.</summary>
public sealed record KrippendorffAlphas(double? Nominal, double? Ordinal, double? Interval);

/// <summary>
/// Krippendorff, K. (2011), "Computing Krippendorff's alpha-reliability", Annenberg School for Communication,
/// University of Pennsylvania: alpha = 1 - D_o / D_e over the pairable values (units with at least two values;
/// missing values allowed). Computed without the coincidence matrix, which grows with the square of the number of
/// distinct values (a composite has thousands): for the interval metric both disagreements are sums of squared
/// differences; the ordinal metric is the interval metric on each value's cumulative rank position
/// (n_&lt;c + n_c / 2, so that delta_ck = sum_{g=c..k} n_g - (n_c + n_k) / 2 becomes a difference of positions);
/// the nominal metric counts unequal pairs.
/// </summary>
public static class KrippendorffAlpha
{
    /// <param name="units">Per unit (here a jurisdiction), the values the coders gave it, missing ones left out.</param>
    /// <returns>Null when no unit has two values.</returns>
    public static KrippendorffAlphas? Compute(IReadOnlyList<IReadOnlyList<double>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        if (pairable.Count == 0) return null;
        var values = pairable.SelectMany(u => u).ToArray();
        var counts = values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return new KrippendorffAlphas(Nominal(pairable, counts, values.Length), Ordinal(pairable, counts, values.Length), Interval(pairable, values));
    }

    private static double? Nominal(List<IReadOnlyList<double>> units, Dictionary<double, int> counts, int n)
    {
        double observed = 0;
        foreach (var u in units)
        {
            var unequal = 0;
            for (var i = 0; i < u.Count; i++)
                for (var j = 0; j < u.Count; j++)
                    if (i != j && u[i] != u[j]) unequal++;
            observed += unequal / (u.Count - 1.0);
        }
        // Ordered pairs of unequal values among all n: n^2 - sum n_c^2.
        var expected = (double)n * n - counts.Values.Sum(c => (double)c * c);
        return Alpha(observed, expected, n);
    }

    private static double? Ordinal(List<IReadOnlyList<double>> units, Dictionary<double, int> counts, int n)
    {
        var position = new Dictionary<double, double>();
        double below = 0;
        foreach (var (value, count) in counts.OrderBy(p => p.Key))
        {
            position[value] = below + count / 2.0;
            below += count;
        }
        var ranked = units.Select(u => (IReadOnlyList<double>)u.Select(v => position[v]).ToArray()).ToList();
        return Interval(ranked, ranked.SelectMany(u => u).ToArray());
    }

    private static double? Interval(List<IReadOnlyList<double>> units, double[] values)
    {
        double observed = 0;
        foreach (var u in units)
        {
            double squares = 0;
            for (var i = 0; i < u.Count; i++)
                for (var j = 0; j < u.Count; j++) squares += (u[i] - u[j]) * (u[i] - u[j]);
            observed += squares / (u.Count - 1);
        }
        // Sum over ordered pairs (i != j) of all n values of (v_i - v_j)^2 = 2 n * sum (v - mean)^2.
        var mean = values.Average();
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        if (Variance.IsZero(sumOfSquares, mean, values.Length)) return null;
        return Alpha(observed, 2.0 * values.Length * sumOfSquares, values.Length);
    }

    /// <summary>alpha = 1 - D_o / D_e with D_o = observed / n and D_e = expected / (n (n - 1)).</summary>
    private static double? Alpha(double observed, double expected, int n) =>
        expected == 0 ? null : 1 - (n - 1) * observed / expected;
}
