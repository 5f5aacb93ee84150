using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>The scoring rules of SCORING.md, once. Pure functions: same instrument and answers, same numbers.</summary>
/// <remarks>
/// Aggregation runs on fractions in [0, 1] and multiplies by 100 only when a score is reported: a weighted
/// mean of values that are each at most 1 cannot round above 1, so no score can leave [0, 100] by rounding.
/// </remarks>
public static partial class Scorer
{
    /// <summary>An item's score in [0, 1]; null when NA or the item is not scored (text); 0 when unanswered.</summary>
    /// <exception cref="ArgumentException">The answer does not fit the item (wrong kind, unknown option, point
    /// outside the scale, NA where the item does not allow it).</exception>
    public static double? ItemScore(Item item, Answer? answer) => ItemScoring.Score(item, answer);

    /// <summary>Scores one jurisdiction. Items missing from <paramref name="answers"/> are unanswered by every rater.</summary>
    /// <exception cref="ArgumentException">An answer does not fit its item, or <paramref name="answers"/> names an
    /// item the instrument does not have (answers meant for another instrument version).</exception>
    public static ScoreResult Score(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        return Evaluate(CompiledInstrument.For(instrument), answers, outcomes: null, indicatorItemWeights: null);
    }

    /// <param name="outcomes">When given, receives each item's outcome, by document position.</param>
    /// <param name="indicatorItemWeights">When given, receives each indicator's sum of non-NA item weights.</param>
    private static ScoreResult Evaluate(
        CompiledInstrument c,
        IReadOnlyDictionary<string, ItemAnswers> answers,
        ItemOutcome[]? outcomes,
        double[]? indicatorItemWeights)
    {
        var (itemScores, completeness) = CombineRaters(c, answers, outcomes);
        return Aggregate(c, itemScores, completeness, c.Weights, indicatorItemWeights);
    }

    /// <summary>Each item's score once its raters are combined (null: NA or not scored), and the completeness.</summary>
    private static (double?[] ItemScores, double Completeness) CombineRaters(
        CompiledInstrument c, IReadOnlyDictionary<string, ItemAnswers> answers, ItemOutcome[]? outcomes)
    {
        var itemScores = new double?[c.Items.Length];
        double completeness = 0;
        var matched = 0;
        for (var i = 0; i < c.Items.Length; i++)
        {
            var item = c.Items[i];
            ItemAnswers? given = null;
            if (answers.TryGetValue(item.Id, out var found))
            {
                given = found;
                matched++;
            }
            var outcome = RaterAggregation.Combine(item, given);
            if (outcomes is not null) outcomes[i] = outcome;
            if (!item.IsScored) continue;
            completeness += outcome.Completeness;
            itemScores[i] = outcome.Score;
        }
        if (matched < answers.Count) throw UnknownItems(c, answers);
        return (itemScores, c.ScoredItemCount == 0 ? 0 : completeness / c.ScoredItemCount);
    }

    /// <summary>SCORING.md, "Aggregation", "Quadrant" and "Maturity stage", under the given weights.</summary>
    private static ScoreResult Aggregate(
        CompiledInstrument c, ReadOnlySpan<double?> itemScores, double completeness, ScoringWeights weights, double[]? indicatorItemWeights)
    {
        var indicatorCount = c.IndicatorIndex.Count;
        // Sums live on the stack for any realistic instrument; the arrays in the result are the only allocations.
        Span<double> sums = indicatorCount <= 256 ? stackalloc double[2 * indicatorCount] : new double[2 * indicatorCount];
        var indicatorWeighted = sums[..indicatorCount];
        var indicatorWeights = sums[indicatorCount..];
        double technologyWeighted = 0, technologyWeights = 0, organizationWeighted = 0, organizationWeights = 0;

        for (var i = 0; i < itemScores.Length; i++)
        {
            if (itemScores[i] is not double s) continue; // NA or not scored: in no numerator and no denominator
            var w = weights.ItemWeights[i];
            var ws = w * s;
            indicatorWeighted[c.ItemIndicator[i]] += ws;
            indicatorWeights[c.ItemIndicator[i]] += w;
            if (c.ItemAxis[i] == Axis.Technology)
            {
                technologyWeighted += ws;
                technologyWeights += w;
            }
            else if (c.ItemAxis[i] == Axis.Organization)
            {
                organizationWeighted += ws;
                organizationWeights += w;
            }
        }
        if (indicatorItemWeights is not null) indicatorWeights.CopyTo(indicatorItemWeights);

        var layerCount = c.LayerIndex.Count;
        Span<double> layerSums = layerCount <= 256 ? stackalloc double[2 * layerCount] : new double[2 * layerCount];
        var layerWeighted = layerSums[..layerCount];
        var layerWeights = layerSums[layerCount..];
        var indicatorScores = new double?[indicatorCount];
        for (var k = 0; k < indicatorCount; k++)
        {
            if (indicatorWeights[k] == 0) continue; // every item NA: the indicator is NA and left out of its layer
            var fraction = indicatorWeighted[k] / indicatorWeights[k];
            indicatorScores[k] = 100 * fraction;
            layerWeighted[c.IndicatorLayer[k]] += weights.IndicatorWeights[k] * fraction;
            layerWeights[c.IndicatorLayer[k]] += weights.IndicatorWeights[k];
        }

        var layerScores = new double?[layerCount];
        double compositeWeighted = 0, compositeWeights = 0;
        for (var l = 0; l < layerCount; l++)
        {
            if (layerWeights[l] == 0) continue;
            var fraction = layerWeighted[l] / layerWeights[l];
            layerScores[l] = 100 * fraction;
            compositeWeighted += weights.LayerWeights[l] * fraction;
            compositeWeights += weights.LayerWeights[l];
        }

        var composite = Percent(compositeWeighted, compositeWeights);
        var technology = Percent(technologyWeighted, technologyWeights);
        var organization = Percent(organizationWeighted, organizationWeights);
        return new ScoreResult(
            composite,
            completeness,
            Classification.StageOf(composite, c.Stages, layerScores),
            technology,
            organization,
            Classification.QuadrantOf(technology, organization, c.Thresholds),
            new IndexedScores(c.LayerIndex, layerScores),
            new IndexedScores(c.IndicatorIndex, indicatorScores));
    }

    private static double? Percent(double weighted, double weights) => weights == 0 ? null : 100 * (weighted / weights);

    private static ArgumentException UnknownItems(CompiledInstrument c, IReadOnlyDictionary<string, ItemAnswers> answers)
    {
        var unknown = answers.Keys.Where(id => !Array.Exists(c.Items, i => i.Id == id)).Order(StringComparer.Ordinal).ToArray();
        return new ArgumentException(
            $"answers name items that instrument {c.Instrument.Id} {c.Instrument.Version} does not have: " +
            string.Join(", ", unknown));
    }
}
