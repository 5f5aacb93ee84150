using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;

namespace Assessment.Web.Services;

/// <summary>An item that stops a submission: its answer is missing, or the evidence its answer needs.</summary>
public sealed record MissingItem(Layer Layer, Item Item, bool AnswerMissing);

/// <summary>
/// Completeness and what a submission still needs, from the saved answers. Completeness is Core's (the one the board,
/// the scores and the exports show), counted over the answers that have a value (an NA is one; a cleared answer is not).
/// </summary>
public static class QuestionnaireProgress
{
    /// <summary>Answered-or-NA scored items over scored items, for the whole instrument or one layer.</summary>
    public static Completeness Completeness(Instrument instrument, IEnumerable<StoredAnswer> saved, Layer? layer = null) =>
        Core.Rounds.Completeness.Of(instrument, saved.Where(a => a.Value is not null).Select(a => a.ItemId), layer);

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
