using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>The scoring rules of SCORING.md, once. Pure functions: same instrument and answers, same numbers.</summary>
public static class Scorer
{
    /// <summary>An item's score in [0, 1]; null when NA or the item is not scored (text); 0 when unanswered.</summary>
    public static double? ItemScore(Item item, Answer? answer) => throw new NotImplementedException("contract stub");

    /// <summary>Scores one jurisdiction. Items missing from <paramref name="answers"/> are unanswered by every rater.</summary>
    public static ScoreResult Score(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers) =>
        throw new NotImplementedException("contract stub");

    public static Explanation Explain(Instrument instrument, IReadOnlyDictionary<string, ItemAnswers> answers) =>
        throw new NotImplementedException("contract stub");
}
