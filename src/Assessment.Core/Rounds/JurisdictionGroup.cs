using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Rounds;

/// <summary>One jurisdiction's responses in one round with all their answers, as RoundAnswerStream hands it on.</summary>
public sealed class JurisdictionGroup
{
    private readonly RoundResponse[] responses; // an array: RaterOf runs once per answer row

    internal JurisdictionGroup(long roundId, string jurisdiction, ItemTable items, RoundResponse[] responses)
    {
        RoundId = roundId;
        Jurisdiction = jurisdiction;
        this.responses = responses;
        Grid = new AnswerGrid(items, responses.Length);
    }

    public long RoundId { get; }

    public string Jurisdiction { get; }

    /// <summary>The raters' responses, in the order of the scorer's ByRater slots.</summary>
    public IReadOnlyList<RoundResponse> Responses => responses;

    public Instrument Instrument => Grid.Items.Instrument;

    internal AnswerGrid Grid { get; }

    /// <summary>The scorer's input: every item someone answered or that was reconciled, one slot per response.</summary>
    public IReadOnlyDictionary<string, ItemAnswers> Answers() => Grid.Answers();

    /// <summary>The group as the scorer's input with the raters named (for analyses that compare the raters).</summary>
    public JurisdictionAnswers Unscored() => new(Jurisdiction, Responses.Select(r => r.Rater).ToList(), Grid.Answers());

    public ScoreResult Score() => Scorer.Score(Instrument, Grid.Answers());

    /// <summary>The score with every item traced (Scorer.Explain), from the same answers as <see cref="Score"/>.</summary>
    public Explanation Explain() => Scorer.Explain(Instrument, Grid.Answers());

    /// <summary>How far the response at <paramref name="rater"/> (its position in <see cref="Responses"/>) is.</summary>
    public Completeness CompletenessOf(int rater) => new(Grid.AnsweredScored(rater), Grid.Items.ScoredCount);

    /// <summary>The response's position among the group's raters; -1 when it is not one of them.</summary>
    internal int RaterOf(long responseId)
    {
        for (var i = 0; i < responses.Length; i++)
            if (responses[i].Id == responseId) return i;
        return -1;
    }
}
