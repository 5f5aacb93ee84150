using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Recommendations;

/// <summary>An item that pulled its indicator down: the points (0..100 of the indicator) it would add at full score.</summary>
public sealed record ItemCause(string ItemId, ItemStatus Status, double Score, double Weight, double PointsLost);

/// <summary>One indicator of the weakest layer with the items that caused its shortfall, largest shortfall first.</summary>
public sealed record IndicatorRecommendation(string IndicatorId, double Score, IReadOnlyList<ItemCause> Causes);

/// <summary>What a profile suggests: work on the weakest layer's indicators (lowest first), and the quadrant's advice.</summary>
public sealed record ProfileRecommendations(
    string? WeakestLayerId, double? WeakestLayerScore, IReadOnlyList<IndicatorRecommendation> Indicators, Quadrant? Quadrant);

/// <summary>Recommendations derived only from a traced score: no numbers of its own beyond the trace's points.</summary>
public static class Recommender
{
    public static ProfileRecommendations For(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var (instrument, result) = (explanation.Instrument, explanation.Result);
        // Lowest layer; on a tie the first in the instrument (ScoreResult.WeakestLayer, the one rule the dashboards mark too).
        var weakest = result.WeakestLayer is { } id ? instrument.Layers.First(l => l.Id == id) : null;
        if (weakest is null) return new ProfileRecommendations(null, null, [], result.Quadrant);

        var traces = explanation.Items.ToLookup(t => t.IndicatorId, StringComparer.Ordinal);
        var indicators = weakest.Indicators
            .Select((indicator, order) => (indicator, order, score: result.Indicators.GetValueOrDefault(indicator.Id)))
            .Where(x => x.score is not null)
            .OrderBy(x => x.score).ThenBy(x => x.order)
            .Select(x => new IndicatorRecommendation(x.indicator.Id, x.score!.Value, Causes(traces[x.indicator.Id])))
            .ToList();
        return new ProfileRecommendations(weakest.Id, result.Layers[weakest.Id], indicators, result.Quadrant);
    }

    // An item's shortfall is its share of the indicator times what its score misses of 1: 100 * share * (1 - s).
    // Items at full score or NA cause nothing; ties keep document order.
    private static List<ItemCause> Causes(IEnumerable<ItemTrace> items) => items
        .Where(t => t.Score is not null && t.ShareOfIndicator is not null)
        .Select((t, order) => (cause: new ItemCause(t.ItemId, t.Status, t.Score!.Value, t.Weight, 100 * t.ShareOfIndicator!.Value * (1 - t.Score.Value)), order))
        .Where(x => x.cause.PointsLost > 0)
        .OrderByDescending(x => x.cause.PointsLost).ThenBy(x => x.order)
        .Select(x => x.cause)
        .ToList();
}
