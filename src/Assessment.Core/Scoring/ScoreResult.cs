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
    IReadOnlyDictionary<string, double?> Indicators);

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

public sealed record Explanation(Instrument Instrument, ScoreResult Result, IReadOnlyList<ItemTrace> Items);
