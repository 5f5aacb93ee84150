using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Data.Scores;

/// <summary>A round's instrument and its answers grouped per jurisdiction, before scoring.</summary>
public sealed record RoundAnswers(long RoundId, Instrument Instrument, IReadOnlyList<JurisdictionAnswers> Jurisdictions);

public static partial class RoundScores
{
    /// <summary>
    /// The answers <see cref="ForRound"/> scores, unscored: what reliability and robustness analyses take (they score
    /// per rater, per weight draw and per rater resample through Scorer). Jurisdictions in code order.
    /// </summary>
    /// <exception cref="ArgumentException">No round has this id.</exception>
    public static RoundAnswers AnswersOf(Database.AssessmentDb db, long roundId)
    {
        var groups = new List<JurisdictionAnswers>();
        var instrument = LoadRound(db, roundId, null, g => groups.Add(g.Unscored()));
        return new RoundAnswers(roundId, instrument, groups);
    }
}
