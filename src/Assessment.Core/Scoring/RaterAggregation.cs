using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>What one item contributes once its raters' answers are combined.</summary>
/// <param name="Score">The item score in [0, 1]; null when the item is NA or not scored.</param>
/// <param name="Completeness">The share of this item's answering that is done, in [0, 1].</param>
internal readonly record struct ItemOutcome(double? Score, double Completeness, ItemStatus Status);

/// <summary>SCORING.md, "Several raters" and "Not applicable and unanswered", for one item.</summary>
internal static class RaterAggregation
{
    public static ItemOutcome Combine(Item item, ItemAnswers? answers)
    {
        if (!item.IsScored) return new(null, 0, ItemStatus.NotScored);
        if (answers is null) return new(0, 0, ItemStatus.Unanswered);

        // A reconciled answer is the evaluator's final word: it replaces the raters and completes the item.
        if (answers.Reconciled is { } reconciled) return new(ItemScoring.Score(item, reconciled), 1, ItemStatus.Reconciled);

        var raters = answers.ByRater;
        if (raters.Count == 0) return new(0, 0, ItemStatus.Unanswered);

        double sum = 0;
        int counted = 0, unanswered = 0, notApplicable = 0;
        for (var r = 0; r < raters.Count; r++)
        {
            var s = ItemScoring.Score(item, raters[r]);
            if (raters[r] is null) unanswered++;
            if (s is double value)
            {
                sum += value;
                counted++;
            }
            else
            {
                notApplicable++;
            }
        }

        var responded = raters.Count - unanswered;
        var completeness = responded / (double)raters.Count;
        // Raters who said NA are left out of the mean; a rater who said nothing counts as 0 (not left out),
        // so a draft is never scored as if the silent rater agreed with the others.
        double? score = counted == 0 ? null : sum / counted;
        var status = unanswered == raters.Count ? ItemStatus.Unanswered
            : notApplicable == raters.Count ? ItemStatus.NotApplicable
            : unanswered > 0 ? ItemStatus.PartlyAnswered
            : ItemStatus.Answered;
        return new(score, completeness, status);
    }
}
