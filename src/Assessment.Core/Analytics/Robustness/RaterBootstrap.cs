using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Analytics.Robustness;

/// <summary>A 90% interval (5th to 95th percentile).</summary>
public sealed record ScoreInterval(double Low, double High)
{
    public bool Overlaps(ScoreInterval other) => Low <= other.High && other.Low <= High;
}

/// <summary>How much a jurisdiction's scores depend on which raters it had; intervals null with fewer than two
/// raters or where the score is NA.</summary>
public sealed record RaterUncertainty(string Jurisdiction, int Raters, ScoreInterval? Composite, ScoreInterval? Technology, ScoreInterval? Organization);

/// <summary>
/// A bootstrap over raters (Efron and Tibshirani, An Introduction to the Bootstrap, 1993): a jurisdiction's k raters
/// are resampled k times with replacement and the jurisdiction scored again by <see cref="Scorer"/> (a rater drawn
/// twice counts twice in the raters' mean); the 90% interval runs from the 5th to the 95th percentile (nearest rank)
/// of the scores. With up to <see cref="ExactUpTo"/> raters every distinct resample is scored once and weighted by
/// its multinomial probability (the exact bootstrap distribution: 10 resamples for 3 raters); beyond, a fixed-seed
/// Monte Carlo sample. Reconciled answers stay as they are: they replace the raters.
/// </summary>
public static class RaterBootstrap
{
    public const int ExactUpTo = 6;

    public static IReadOnlyList<RaterUncertainty> Compute(Instrument instrument, IReadOnlyList<JurisdictionAnswers> jurisdictions, int monteCarloDraws = 1000, int seed = 20261202)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        var result = new RaterUncertainty[jurisdictions.Count];
        Parallel.For(0, jurisdictions.Count, j => result[j] = Of(instrument, jurisdictions[j], monteCarloDraws, seed + j));
        return result;
    }

    public static RaterUncertainty Of(Instrument instrument, JurisdictionAnswers jurisdiction, int monteCarloDraws = 1000, int seed = 20261202)
    {
        var k = jurisdiction.Raters.Count;
        if (k < 2) return new RaterUncertainty(jurisdiction.Jurisdiction, k, null, null, null);
        var resamples = k <= ExactUpTo ? Exact(k) : MonteCarlo(k, monteCarloDraws, new Random(seed));
        var scored = resamples.Select(r => (Result: Scorer.Score(instrument, Resample(jurisdiction, r.Raters)), r.Probability)).ToArray();
        return new RaterUncertainty(jurisdiction.Jurisdiction, k,
            Interval(scored.Select(s => (s.Result.Composite, s.Probability))),
            Interval(scored.Select(s => (s.Result.Technology, s.Probability))),
            Interval(scored.Select(s => (s.Result.Organization, s.Probability))));
    }

    private static ScoreInterval? Interval(IEnumerable<(double? Value, double Probability)> values)
    {
        var list = values.ToList();
        if (list.Any(v => v.Value is null)) return null;
        var sorted = list.Select(v => (v.Value!.Value, v.Probability)).OrderBy(v => v.Item1).ToList();
        return new ScoreInterval(Percentile.NearestRank(sorted, 0.05), Percentile.NearestRank(sorted, 0.95));
    }

    private static Dictionary<string, ItemAnswers> Resample(JurisdictionAnswers j, int[] raters) =>
        j.Items.ToDictionary(p => p.Key, p =>
        {
            var byRater = new Answer?[raters.Length];
            for (var i = 0; i < raters.Length; i++) byRater[i] = raters[i] < p.Value.ByRater.Count ? p.Value.ByRater[raters[i]] : null;
            return new ItemAnswers(byRater, p.Value.Reconciled);
        }, StringComparer.Ordinal);

    /// <summary>Every multiset of k raters drawn from k, with its probability k! / (m_1! ... m_k!) / k^k.</summary>
    public static IEnumerable<(int[] Raters, double Probability)> Exact(int k)
    {
        var counts = new int[k];
        var factorial = new double[k + 1];
        factorial[0] = 1;
        for (var i = 1; i <= k; i++) factorial[i] = factorial[i - 1] * i;
        var total = Math.Pow(k, k);
        foreach (var c in Compositions(counts, 0, k))
        {
            var p = factorial[k];
            for (var i = 0; i < k; i++) p /= factorial[c[i]];
            yield return ([.. Enumerable.Range(0, k).SelectMany(i => Enumerable.Repeat(i, c[i]))], p / total);
        }
    }

    private static IEnumerable<int[]> Compositions(int[] counts, int position, int left)
    {
        if (position == counts.Length - 1)
        {
            counts[position] = left;
            yield return counts;
            yield break;
        }
        for (var m = 0; m <= left; m++)
        {
            counts[position] = m;
            foreach (var c in Compositions(counts, position + 1, left - m)) yield return c;
        }
    }

    private static IEnumerable<(int[] Raters, double Probability)> MonteCarlo(int k, int draws, Random random)
    {
        for (var d = 0; d < draws; d++)
            yield return ([.. Enumerable.Range(0, k).Select(_ => random.Next(k))], 1.0 / draws);
    }
}
