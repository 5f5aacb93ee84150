using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// Weights to aggregate with, in document order: one per layer, per indicator, per item. A weight of 0 leaves its
/// layer, indicator or item out as if it were NA (how an analysis drops an indicator); the instrument's own weights
/// are all &gt; 0.
/// </summary>
public sealed class ScoringWeights
{
    public ScoringWeights(double[] layerWeights, double[] indicatorWeights, double[] itemWeights)
    {
        if (!Array.TrueForAll(layerWeights, Valid) || !Array.TrueForAll(indicatorWeights, Valid) || !Array.TrueForAll(itemWeights, Valid))
            throw new ArgumentException("weights must be finite and >= 0");
        (LayerWeights, IndicatorWeights, ItemWeights) = (layerWeights, indicatorWeights, itemWeights);
    }

    public double[] LayerWeights { get; }
    public double[] IndicatorWeights { get; }
    public double[] ItemWeights { get; }

    private static bool Valid(double w) => double.IsFinite(w) && w >= 0;
}

/// <summary>One jurisdiction's item scores once its raters are combined: scoring's first half, kept to aggregate
/// again under other weights without combining the raters again.</summary>
public sealed class CombinedItemScores
{
    internal CombinedItemScores(Instrument instrument, double?[] scores, double completeness) =>
        (Instrument, Scores, Completeness) = (instrument, scores, completeness);

    public Instrument Instrument { get; }

    /// <summary>Item scores in [0, 1] in document order; null for NA and text items.</summary>
    public IReadOnlyList<double?> ItemScores => Scores;

    internal double?[] Scores { get; }

    internal double Completeness { get; }
}

public static partial class Scorer
{
    /// <summary>The instrument's own weights (copies: changing them changes nothing else).</summary>
    public static ScoringWeights WeightsOf(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var w = CompiledInstrument.For(instrument).Weights;
        return new ScoringWeights([.. w.LayerWeights], [.. w.IndicatorWeights], [.. w.ItemWeights]);
    }

    /// <summary>The first half of <see cref="Score(Instrument, IReadOnlyDictionary{string, ItemAnswers})"/>.</summary>
    public static CombinedItemScores CombineRaters(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        var (scores, completeness) = CombineRaters(CompiledInstrument.For(instrument), answers, outcomes: null);
        return new CombinedItemScores(instrument, scores, completeness);
    }

    /// <summary>The second half: the same aggregation and classification, under <paramref name="weights"/>.</summary>
    public static ScoreResult Score(CombinedItemScores items, ScoringWeights weights)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(weights);
        var c = CompiledInstrument.For(items.Instrument);
        if (weights.LayerWeights.Length != c.LayerIndex.Count || weights.IndicatorWeights.Length != c.IndicatorIndex.Count
            || weights.ItemWeights.Length != c.Items.Length)
            throw new ArgumentException($"weights do not fit instrument {c.Instrument.Id} {c.Instrument.Version}: " +
                $"expected {c.LayerIndex.Count} layers, {c.IndicatorIndex.Count} indicators, {c.Items.Length} items");
        return Aggregate(c, items.Scores, items.Completeness, weights, indicatorItemWeights: null);
    }
}
