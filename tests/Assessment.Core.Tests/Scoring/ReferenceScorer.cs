using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Tests.Scoring;

/// <summary>What SCORING.md says the scores are, for one jurisdiction; NA is null (completeness: where the text decides it).</summary>
public sealed record ReferenceResult(
    IReadOnlyDictionary<string, double?> Indicators, IReadOnlyDictionary<string, double?> Layers, double? Composite,
    double? Technology, double? Organization, Quadrant? Quadrant, string? StageId, double? Completeness, double? LayerGap);

/// <summary>
/// A second, deliberately plain reading of SCORING.md, written from the text alone and never from Scorer, so that
/// the property comparing the two fails when Scorer drops a rule (weights, reverse, NA, raters, an item type).
/// No speed tricks: every rule is the sentence it comes from.
/// </summary>
public static class ReferenceScorer
{
    public static ReferenceResult Score(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers)
    {
        var s = ItemScores(instrument, answers);
        var indicators = new Dictionary<string, double?>();
        var layers = new Dictionary<string, double?>();
        foreach (var layer in instrument.Layers)
        {
            foreach (var indicator in layer.Indicators)
                indicators[indicator.Id] = 100 * WeightedMean(indicator.Items.Where(i => i.IsScored).Select(i => (i.Weight, s[i.Id])));
            layers[layer.Id] = WeightedMean(layer.Indicators.Select(k => (k.Weight, indicators[k.Id])));
        }
        var composite = WeightedMean(instrument.Layers.Select(l => (l.Weight, layers[l.Id])));
        double? AxisScore(Axis axis) => 100 * WeightedMean(instrument.Items.Where(i => i.IsScored && i.Axis == axis).Select(i => (i.Weight, s[i.Id])));
        var (t, o) = (AxisScore(Axis.Technology), AxisScore(Axis.Organization));
        Quadrant? quadrant = t is null || o is null ? null
            : (Reaches(t.Value, instrument.Thresholds.Technology), Reaches(o.Value, instrument.Thresholds.Organization)) switch
            {
                (false, false) => Quadrant.I,   // ineffective + constraint
                (false, true) => Quadrant.II,   // ineffective + push
                (true, false) => Quadrant.III,  // empowering + constraint
                (true, true) => Quadrant.IV,    // empowering + push
            };
        // The last stage whose conditions all hold: min <= composite and, with min_layer, every non-NA layer >= it.
        var stage = composite is null ? null : instrument.Stages
            .Where((st, i) => i == 0 || (Reaches(composite.Value, st.Min) && layers.Values.All(l => l is null || st.MinLayer is null || Reaches(l.Value, st.MinLayer.Value))))
            .Last().Id;
        var scored = instrument.Items.Where(i => i.IsScored).ToList();
        var done = scored.Select(i => IsAnsweredOrNa(answers.GetValueOrDefault(i.Id))).ToList();
        double? completeness = done.Any(d => d is null) ? null : scored.Count == 0 ? 0 : done.Count(d => d == true) / (double)scored.Count;
        // Layer gap: highest minus lowest non-NA layer; NA with none.
        var present = layers.Values.Where(l => l is not null).Select(l => l!.Value).ToList();
        double? gap = present.Count == 0 ? null : present.Max() - present.Min();
        return new(indicators, layers, composite, t, o, quadrant, stage, completeness, gap);
    }

    /// <summary>
    /// "x >= threshold" read in real arithmetic: a weighted mean that equals a threshold exactly may come out a hair
    /// below it in doubles (a reverse item at 1 - 0.17, scaled to 83, against a threshold of 83). The product counts
    /// such a score as reaching it (Classification.Tolerance says why); a reading without the margin disagrees with
    /// Scorer on those random cases only.
    /// </summary>
    private static bool Reaches(double x, double threshold) => x >= threshold - 1e-9;

    /// <summary>Item score s in [0, 1] after raters and reconciliation; null = NA (excluded). Text items are not scored.</summary>
    public static IReadOnlyDictionary<string, double?> ItemScores(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers) =>
        instrument.Items.Where(i => i.IsScored).ToDictionary(i => i.Id, i => ItemScore(i, answers.GetValueOrDefault(i.Id)));

    /// <summary>sum(w * x) / sum(w) over the non-NA entries; NA when every entry is NA (or there is none).</summary>
    private static double? WeightedMean(IEnumerable<(double Weight, double? Value)> entries)
    {
        var kept = entries.Where(e => e.Value is not null).ToList();
        return kept.Count == 0 ? null : kept.Sum(e => e.Weight * e.Value!.Value) / kept.Sum(e => e.Weight);
    }

    /// <summary>Reconciled answer if set; otherwise the mean over raters who did not answer NA (unanswered = 0).</summary>
    private static double? ItemScore(Item item, ItemAnswers? answers)
    {
        if (answers?.Reconciled is { } reconciled) return OneScore(item, reconciled);
        if (answers is null || answers.ByRater.Count == 0) return 0;  // unanswered scored item: s = 0
        var scores = answers.ByRater.Select(a => a is null ? 0 : OneScore(item, a)).Where(x => x is not null).ToList();
        return scores.Count == 0 ? null : scores.Average();
    }

    private static double? OneScore(Item item, Answer answer)
    {
        double? raw = answer switch
        {
            Answer.NotApplicable => null,
            Answer.Likert a => (a.Point - 1.0) / (item.Points - 1),
            Answer.YesNo a => a.Yes ? 1 : 0,
            Answer.Choice a => item.OptionList.Single(o => o.Key == a.Key).Score,
            Answer.Multi a => Math.Min(1, a.Keys.Sum(k => item.OptionList.Single(o => o.Key == k).Score)),
            Answer.Number a => Curve(item.Anchors!, a.Value),
            _ => throw new ArgumentException($"{answer} does not answer a {item.Type} item"),
        };
        return item.Reverse ? 1 - raw : raw;
    }

    /// <summary>Piecewise-linear through the anchors; flat before the first and after the last.</summary>
    private static double Curve(IReadOnlyList<Anchor> anchors, double x)
    {
        if (x <= anchors[0].X) return anchors[0].S;
        for (var i = 1; i < anchors.Count; i++)
        {
            var (a, b) = (anchors[i - 1], anchors[i]);
            if (x <= b.X) return a.S + (b.S - a.S) * (x - a.X) / (b.X - a.X);
        }
        return anchors[^1].S;
    }

    /// <summary>
    /// Answered or NA: a reconciled answer, or every rater's answer (NA included); unanswered: no answer at all.
    /// SCORING.md does not say how an item some raters answered and others did not counts: null then.
    /// </summary>
    private static bool? IsAnsweredOrNa(ItemAnswers? answers) =>
        answers is null ? false
        : answers.Reconciled is not null ? true
        : answers.ByRater.All(a => a is not null) ? answers.ByRater.Count > 0
        : answers.ByRater.All(a => a is null) ? false
        : null;
}
