using Assessment.Core.Analytics.Robustness;

namespace Assessment.Core.Analytics.Normalisation;

/// <summary>Ways to show one score across a round's jurisdictions; a view is computed for display and export only.</summary>
public enum ScoreView
{
    /// <summary>The instrument's own 0-100 score, as stored.</summary>
    Score,
    /// <summary>(x - mean) / standard deviation over the round (sample standard deviation, n - 1).</summary>
    ZScore,
    /// <summary>100 (x - min) / (max - min) over the round.</summary>
    MinMax,
    /// <summary>Rank by score, highest 1, ties sharing the better rank.</summary>
    Rank,
}

/// <summary>
/// The normalisations of the JRC/OECD Handbook on Constructing Composite Indicators (2008, section 5) applied to a
/// round's scores for a view. Returns new values and never touches the scores it is given; NA stays null, and a
/// view that is undefined for the round (no spread, fewer than two scores for a z-score) is null throughout.
/// </summary>
public static class ScoreViews
{
    public static double?[] Apply(ScoreView view, IReadOnlyList<double?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var present = scores.Where(s => s is not null).Select(s => s!.Value).ToArray();
        switch (view)
        {
            case ScoreView.Score:
                return [.. scores];
            case ScoreView.Rank:
                return [.. Ranking.Of(scores).Select(r => (double?)r)];
            case ScoreView.ZScore:
                {
                    if (present.Length < 2) return new double?[scores.Count];
                    var mean = present.Average();
                    var sd = Math.Sqrt(present.Sum(x => (x - mean) * (x - mean)) / (present.Length - 1));
                    return sd == 0 ? new double?[scores.Count] : [.. scores.Select(s => (s - mean) / sd)];
                }
            case ScoreView.MinMax:
                {
                    if (present.Length == 0) return new double?[scores.Count];
                    var (min, max) = (present.Min(), present.Max());
                    return max == min ? new double?[scores.Count] : [.. scores.Select(s => 100 * (s - min) / (max - min))];
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(view));
        }
    }
}
