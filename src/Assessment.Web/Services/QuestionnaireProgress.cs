using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;

namespace Assessment.Web.Services;

/// <summary>An item that stops a submission: its answer is missing, or the evidence its answer needs.</summary>
public sealed record MissingItem(Layer Layer, Item Item, bool AnswerMissing);

/// <summary>
/// Completeness and what a submission still needs, from the saved answers. Completeness comes from the Scorer, so
/// the questionnaire's progress is the same number the results show beside a score.
/// </summary>
public static class QuestionnaireProgress
{
    /// <summary>One rater's saved answers as the Scorer reads them (cleared answers are unanswered).</summary>
    public static Dictionary<string, ItemAnswers> ForScorer(Instrument instrument, IEnumerable<StoredAnswer> saved)
    {
        var answers = new Dictionary<string, ItemAnswers>(StringComparer.Ordinal);
        foreach (var a in saved)
        {
            // The store wrote only values that parse for this instrument; anything else is left unanswered.
            if (instrument.FindItem(a.ItemId) is { } item && AnswerText.Parse(item, a.Value) is { Ok: true, Answer: { } answer })
                answers[a.ItemId] = new ItemAnswers([answer]);
        }
        return answers;
    }

    /// <summary>Answered-or-NA scored items over scored items, in 0..1, for the whole instrument or one layer.</summary>
    public static double Completeness(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers, Layer? layer = null)
    {
        if (layer is null) return Scorer.Score(instrument, answers).Completeness;
        var ids = layer.Indicators.SelectMany(i => i.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var inLayer = answers.Where(a => ids.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return Scorer.Score(instrument with { Layers = [layer] }, inLayer).Completeness;
    }

    public static int ScoredItems(Layer layer) => layer.Indicators.SelectMany(i => i.Items).Count(i => i.IsScored);

    public static int ScoredItems(Instrument instrument) => instrument.Items.Count(i => i.IsScored);

    /// <summary>Required items without an answer (NA counts as an answer), and answered items whose required evidence is missing.</summary>
    public static IReadOnlyList<MissingItem> Missing(Instrument instrument, IEnumerable<StoredAnswer> saved)
    {
        var byItem = saved.Where(a => a.Value is not null).ToDictionary(a => a.ItemId, StringComparer.Ordinal);
        var missing = new List<MissingItem>();
        foreach (var layer in instrument.Layers)
            foreach (var item in layer.Indicators.SelectMany(i => i.Items))
            {
                var answer = byItem.GetValueOrDefault(item.Id);
                if (answer is null)
                {
                    if (item.Required) missing.Add(new MissingItem(layer, item, AnswerMissing: true));
                }
                // Evidence backs an answer: an unanswered or not-applicable item needs none.
                else if (item.Evidence == EvidenceRule.Required && !answer.IsNa
                    && string.IsNullOrWhiteSpace(answer.EvidenceText) && string.IsNullOrWhiteSpace(answer.EvidenceLink))
                {
                    missing.Add(new MissingItem(layer, item, AnswerMissing: false));
                }
            }
        return missing;
    }
}
