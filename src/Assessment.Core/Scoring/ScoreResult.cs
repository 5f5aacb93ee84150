using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// What one jurisdiction's raters said about one item. <see cref="ByRater"/> has one entry per rater of the
/// jurisdiction in the round (null = that rater left it unanswered); a reconciled answer, when set, replaces
/// the raters' mean (SCORING.md, "Several raters").
/// </summary>
public sealed record ItemAnswers(IReadOnlyList<Answer?> ByRater, Answer? Reconciled = null);

/// <summary>
/// Scores of one jurisdiction on 0..100; null means not applicable (NA). <see cref="Completeness"/> is in 0..1.
/// <see cref="Layers"/> and <see cref="Indicators"/> hold every layer and indicator of the instrument, in
/// document order.
/// </summary>
public sealed record ScoreResult(
    double? Composite,
    double Completeness,
    Stage? Stage,
    double? Technology,
    double? Organization,
    Quadrant? Quadrant,
    IReadOnlyDictionary<string, double?> Layers,
    IReadOnlyDictionary<string, double?> Indicators)
{
    /// <summary>Highest minus lowest non-NA layer score (SCORING.md, "Layer gap"): the imbalance an average hides.</summary>
    public double? LayerGap => Classification.LayerGap(Layers.Values);

    /// <summary>The id of the lowest non-NA layer (the first in document order on a tie); null when every layer is NA.</summary>
    public string? WeakestLayer
    {
        get
        {
            (string Id, double Score)? lowest = null;
            foreach (var (id, score) in Layers)
            {
                if (score is double s && (lowest is null || s < lowest.Value.Score)) lowest = (id, s);
            }
            return lowest?.Id;
        }
    }
}

public enum ItemStatus { Answered, NotApplicable, Unanswered, PartlyAnswered, Reconciled, NotScored }

/// <summary>One line of the traced breakdown: how one item's answers became its share of its indicator.</summary>
public sealed record ItemTrace(
    string LayerId,
    string IndicatorId,
    string ItemId,
    ItemStatus Status,
    IReadOnlyList<Answer?> ByRater,
    Answer? Reconciled,
    double? Score,
    double Weight,
    double? ShareOfIndicator,
    double? PointsInIndicator);

/// <summary>
/// A stage above the one reached whose composite cut the jurisdiction meets but whose <c>min_layer</c> it does not:
/// the layers below that floor held it back (SCORING.md, "Maturity stage").
/// </summary>
public sealed record StageHold(Stage Stage, IReadOnlyList<LayerBelow> Layers);

public sealed record LayerBelow(string LayerId, double Score, double MinLayer);

/// <param name="HeldBack">Stages above the reached one that only min_layer kept out, lowest first; empty when none.</param>
public sealed record Explanation(Instrument Instrument, ScoreResult Result, IReadOnlyList<ItemTrace> Items, IReadOnlyList<StageHold>? HeldBack = null)
{
    public IReadOnlyList<StageHold> HeldBack { get; init; } = HeldBack ?? [];
}
