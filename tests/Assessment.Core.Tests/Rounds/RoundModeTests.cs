using Assessment.Core.Rounds;

namespace Assessment.Core.Tests.Rounds;

public class RoundModeTests
{
    // The words of the rounds table's CHECK constraint (migration 0002, both providers): storage must keep them.
    [Fact]
    public void Modes_are_stored_as_the_schema_spells_them()
    {
        Assert.Equal(["external_evaluation", "self_assessment"], Enum.GetValues<RoundMode>().Select(StoredNames.Name));
        Assert.Equal(RoundMode.ExternalEvaluation, StoredNames.ParseRoundMode("external_evaluation"));
        Assert.Equal(RoundMode.SelfAssessment, StoredNames.ParseRoundMode("self_assessment"));
    }

    [Theory]
    [InlineData("self-assessment")]
    [InlineData("SelfAssessment")]   // the enum's own name is not the stored word
    [InlineData("Self_Assessment")]  // names are exact
    [InlineData("")]
    public void An_unknown_mode_fails_naming_it_and_the_known_ones(string word)
    {
        var e = Assert.Throws<FormatException>(() => StoredNames.ParseRoundMode(word));
        Assert.Equal($"'{word}' is not a round mode (external_evaluation, self_assessment).", e.Message);
        Assert.False(StoredNames.TryParseRoundMode(word, out _));
        Assert.False(StoredNames.TryParseRoundMode(null, out _));
    }

    [Fact]
    public void A_mode_outside_the_enum_has_no_stored_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RoundMode)7).Name());
    }

    [Fact]
    public void External_rounds_are_rated_by_evaluators_and_self_assessments_by_self_assessors()
    {
        Assert.Equal(RaterKind.Evaluator, RoundMode.ExternalEvaluation.RatedBy());
        Assert.Equal(RaterKind.SelfAssessor, RoundMode.SelfAssessment.RatedBy());
    }

    // Every (mode, kind, own jurisdiction) case; "330100" is the jurisdiction being answered for.
    [Theory]
    [InlineData(RoundMode.ExternalEvaluation, RaterKind.Evaluator, null, null)]
    [InlineData(RoundMode.ExternalEvaluation, RaterKind.SelfAssessor, "330100", RaterRefusal.NotEvaluator)] // not even their own
    [InlineData(RoundMode.ExternalEvaluation, null, null, RaterRefusal.NotEvaluator)]                    // an administrator or researcher
    [InlineData(RoundMode.SelfAssessment, RaterKind.SelfAssessor, "330100", null)]
    [InlineData(RoundMode.SelfAssessment, RaterKind.SelfAssessor, "330200", RaterRefusal.OtherJurisdiction)]
    [InlineData(RoundMode.SelfAssessment, RaterKind.SelfAssessor, null, RaterRefusal.OtherJurisdiction)]   // bound to none
    [InlineData(RoundMode.SelfAssessment, RaterKind.Evaluator, null, RaterRefusal.NotSelfAssessor)]
    [InlineData(RoundMode.SelfAssessment, null, "330100", RaterRefusal.NotSelfAssessor)]
    public void Who_may_answer_for_a_jurisdiction_depends_on_the_mode(RoundMode mode, RaterKind? rater, string? own, RaterRefusal? expected)
    {
        Assert.Equal(expected, mode.MayRate(rater, own, "330100"));
    }

    // Every (mode, status) pair: officials see their own self-assessment once open, an external evaluation once published.
    [Theory]
    [InlineData(RoundMode.SelfAssessment, RoundStatus.Draft, false)]
    [InlineData(RoundMode.SelfAssessment, RoundStatus.Open, true)]
    [InlineData(RoundMode.SelfAssessment, RoundStatus.Closed, true)]
    [InlineData(RoundMode.SelfAssessment, RoundStatus.Published, true)]
    [InlineData(RoundMode.ExternalEvaluation, RoundStatus.Draft, false)]
    [InlineData(RoundMode.ExternalEvaluation, RoundStatus.Open, false)]
    [InlineData(RoundMode.ExternalEvaluation, RoundStatus.Closed, false)]
    [InlineData(RoundMode.ExternalEvaluation, RoundStatus.Published, true)]
    public void The_rated_jurisdiction_sees_results_by_mode_and_status(RoundMode mode, RoundStatus status, bool visible)
    {
        Assert.Equal(visible, mode.VisibleToRatedJurisdiction(status));
    }
}
