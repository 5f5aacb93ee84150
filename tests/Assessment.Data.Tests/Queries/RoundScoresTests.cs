using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Instruments;
using Assessment.Data.Queries;
using Assessment.Data.Rounds;

namespace Assessment.Data.Tests.Queries;

public class RoundScoresTests
{
    [Fact]
    public void A_rounds_scores_equal_the_scorer_on_the_same_answers_with_several_raters_and_reconciliation()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "5", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q1", "3", 0, t.Rater2.Id));
        answers.Save(new AnswerWrite(t.R1J1, "q2", "NA", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q2", "yes", 0, t.Rater2.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q4", "50", 0, t.Rater2.Id));
        answers.Save(new AnswerWrite(t.R1J2, "q3", "full", 0, t.Rater1.Id));
        Assert.IsType<SaveResult.Saved>(new ReconciledAnswerStore(db).Set(t.RoundId, "33", "q3", "full", "both raters saw the portal", t.Lead.Id));

        var scores = RoundScores.ForRound(db, t.RoundId).ToDictionary(s => s.JurisdictionCode);

        var instrument = new SnapshotStore(db).ForRound(t.RoundId);
        var expected33 = Scorer.Score(instrument, new Dictionary<string, ItemAnswers>
        {
            ["q1"] = new([new Answer.Likert(5), new Answer.Likert(3)]),
            ["q2"] = new([Answer.NotApplicable.Instance, new Answer.YesNo(true)]),
            ["q3"] = new([null, null], new Answer.Choice("full")),
            ["q4"] = new([null, new Answer.Number(50)]),
        });
        Assert.Equal(expected33.Composite, scores["33"].Result.Composite);
        Assert.Equal(expected33.Technology, scores["33"].Result.Technology);
        Assert.Equal(expected33.Completeness, scores["33"].Result.Completeness);
        Assert.Equal([("rater1", 2, 4), ("rater2", 3, 4)], scores["33"].Responses.Select(r => (r.Rater, r.Answered, r.Scored)));
        var expected44 = Scorer.Score(instrument, new Dictionary<string, ItemAnswers> { ["q3"] = new([new Answer.Choice("full")]) });
        Assert.Equal(expected44.Composite, scores["44"].Result.Composite);
        Assert.Equal(0.25, scores["44"].Responses.Single().Completeness);
    }

    [Fact]
    public void History_lists_a_jurisdiction_across_rounds_of_the_same_instrument_even_across_versions()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "5", 0, t.Rater1.Id));
        var v2 = new SnapshotStore(db).Add(TestData.InstrumentYaml.Replace("version: \"1\"", "version: \"2\""), "v2.yaml", "t").Snapshot!;
        var rounds = new RoundStore(db);
        var second = rounds.Create(new NewRound("2027 test", v2.Id, RoundModes.SelfAssessment), "t");
        rounds.SetStatus(second.Id, "open", "t");
        var response = rounds.Assign(second.Id, "33", t.Rater1.Id, "t");
        new AnswerStore(db).Save(new AnswerWrite(response.Id, "q1", "1", 0, t.Rater1.Id));

        var history = RoundScores.History(db, "33", "test-instrument");

        Assert.Equal([(t.RoundId, "1"), (second.Id, "2")], history.Select(h => (h.RoundId, h.InstrumentVersion)));
        Assert.True(history[0].Score.Result.Composite > history[1].Score.Result.Composite);
        Assert.Empty(RoundScores.History(db, "33", "another-instrument"));
    }
}
