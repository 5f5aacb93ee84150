using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// How far the raters' item scores are apart (the review's disagreement rule). Only raters who answered count; NA
/// against an answer is always a disagreement; unscored items never disagree.
/// </summary>
public sealed record Spread(double? Range, bool NaAgainstAnswer)
{
    public bool Exceeds(double gap) => NaAgainstAnswer || Range > gap;

    public static Spread Of(Item item, IEnumerable<Answer?> answers)
    {
        if (!item.IsScored) return new Spread(null, false);
        var given = answers.Where(a => a is not null).ToList();
        var scores = given.Select(a => Scorer.ItemScore(item, a)).OfType<double>().ToList();
        var hasNa = given.Any(a => a is Answer.NotApplicable);
        return new Spread(scores.Count >= 2 ? scores.Max() - scores.Min() : null, hasNa && scores.Count > 0);
    }

    /// <summary>
    /// The items of one jurisdiction (the scorer's input, as a round's group or an answer file gives it) whose raters
    /// disagree by more than <paramref name="gap"/>; reconciled answers do not count, the raters' own answers do.
    /// </summary>
    public static int Disagreements(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers, double gap) =>
        answers.Count(a => instrument.FindItem(a.Key) is { } item && Of(item, a.Value.ByRater).Exceeds(gap));
}
