using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Queries;
using Assessment.Data.Rounds;
using Dapper;

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

    [Fact]
    public void Answers_are_grouped_by_jurisdiction_whatever_order_the_responses_were_opened_in()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        new JurisdictionStore(db).Upsert([new Jurisdiction("11", "北京市", "Beijing", "province", "province", null)], "manual", "test");
        var rounds = new RoundStore(db);
        var late = rounds.Assign(t.RoundId, "33", t.Lead.Id, "test").Id; // opened after 44's response: ids interleave
        rounds.Assign(t.RoundId, "11", t.Rater2.Id, "test"); // nobody has answered here yet
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(late, "q4", "20", 0, t.Lead.Id));
        answers.Save(new AnswerWrite(t.R1J2, "q1", "4", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R1J1, "q1", "5", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(late, "q1", "1", 0, t.Lead.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q1", "3", 0, t.Rater2.Id));

        var scores = RoundScores.ForRound(db, t.RoundId);

        var instrument = new SnapshotStore(db).ForRound(t.RoundId);
        Assert.Equal(["11", "33", "44"], scores.Select(s => s.JurisdictionCode));
        var expected33 = Scorer.Score(instrument, new Dictionary<string, ItemAnswers>
        {
            ["q1"] = new([new Answer.Likert(5), new Answer.Likert(3), new Answer.Likert(1)]),
            ["q4"] = new([null, null, new Answer.Number(20)]),
        });
        Assert.Equal(expected33, scores[1].Result with { Layers = expected33.Layers, Indicators = expected33.Indicators });
        Assert.Equal(expected33.Indicators, scores[1].Result.Indicators);
        Assert.Equal([("rater1", 1), ("rater2", 1), ("lead", 2)], scores[1].Responses.Select(r => (r.Rater, r.Answered)));
        Assert.Equal(Scorer.Score(instrument, new Dictionary<string, ItemAnswers>()).Composite, scores[0].Result.Composite);
        Assert.Equal(0, scores[0].Responses.Single().Answered);
        Assert.Equal(Scorer.Score(instrument, new Dictionary<string, ItemAnswers> { ["q1"] = new([new Answer.Likert(4)]) }).Composite,
            scores[2].Result.Composite);
    }

    // Load scores each jurisdiction as soon as the answers move past it, which needs them in the responses' order;
    // the unique index on responses gives that order, and a sort of a national round's 700,000 rows would not be free.
    [Theory]
    [InlineData(RoundScores.InRound)]
    [InlineData(RoundScores.OfJurisdictionInInstrument)]
    public void The_answers_come_in_the_responses_order_from_the_index_without_a_sort(string filter)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        using var c = db.OpenRead();

        var plan = c.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + RoundScores.AnswersSql(filter)).ToList();

        Assert.NotEmpty(plan);
        Assert.DoesNotContain(plan, step => step.Detail.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
