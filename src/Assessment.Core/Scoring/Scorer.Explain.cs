using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

public static partial class Scorer
{
    private static readonly Answers.Answer?[] NoRaters = [];

    /// <summary>
    /// Scores one jurisdiction and traces every item, in document order: its answers, its score, its weight, its
    /// share of its indicator and the points it adds there (an indicator's score is the sum of its items' points).
    /// </summary>
    public static Explanation Explain(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        var c = CompiledInstrument.For(instrument);
        var outcomes = new ItemOutcome[c.Items.Length];
        var indicatorItemWeights = new double[c.IndicatorIndex.Count];
        var result = Evaluate(c, answers, outcomes, indicatorItemWeights);

        var traces = new ItemTrace[c.Items.Length];
        for (var i = 0; i < c.Items.Length; i++)
        {
            var item = c.Items[i];
            var given = answers.GetValueOrDefault(item.Id);
            var outcome = outcomes[i];
            var weight = c.ItemWeight[i];
            double? share = null, points = null;
            if (outcome.Score is double s)
            {
                var indicatorWeight = indicatorItemWeights[c.ItemIndicator[i]];
                share = weight / indicatorWeight;
                points = 100 * weight * s / indicatorWeight;
            }
            traces[i] = new ItemTrace(
                c.ItemLayerIds[i],
                c.ItemIndicatorIds[i],
                item.Id,
                outcome.Status,
                given?.ByRater ?? NoRaters,
                given?.Reconciled,
                outcome.Score,
                weight,
                share,
                points);
        }
        return new Explanation(instrument, result, traces, HeldBack(c, result));
    }

    // Stages after the reached one whose composite cut is met but whose min_layer is not: with the rule of
    // SCORING.md these are exactly the stages the coupling of the layers kept the jurisdiction out of.
    private static StageHold[] HeldBack(CompiledInstrument c, ScoreResult result)
    {
        if (result.Composite is not double composite || result.Stage is null) return [];
        var layers = c.LayerIndex.Ids.Select(id => result.Layers[id]).ToArray();
        var holds = new List<StageHold>();
        for (var i = Array.IndexOf(c.Stages, result.Stage) + 1; i < c.Stages.Length; i++)
        {
            var stage = c.Stages[i];
            if (stage.Min - Classification.Tolerance > composite) continue;
            var below = Classification.LayersBelow(stage, layers);
            if (below.Count == 0) continue;
            holds.Add(new StageHold(stage, [.. below.Select(l => new LayerBelow(c.LayerIndex.Ids[l], layers[l]!.Value, stage.MinLayer!.Value))]));
        }
        return [.. holds];
    }
}
