using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Queries;

public class RoundScoresTests
{
    private const int Digits = 12;

    // TestData's instrument: one layer, one indicator, weights 1, stages low (0) and high (50); q1 likert 1..5 (technology),
    // q2 yes/no with N/A (organization), q3 choice none 0 / full 1, q4 numeric 0 -> 0 .. 100 -> 1, and a text note.
    [Theory, SqliteData, PostgresData]
    public void A_rounds_scores_follow_the_rules_with_several_raters_and_reconciliation(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
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

        // 33: q1 (5 -> 1, 3 -> 0.5) mean 0.75; q2 rater 1 NA left out, yes -> 1; q3 reconciled full -> 1;
        // q4 rater 1 silent -> 0, 50 -> 0.5, mean 0.25. Indicator = layer = composite = 100 * (0.75 + 1 + 1 + 0.25) / 4 = 75.
        var j33 = scores["33"].Result;
        Assert.Equal(75, j33.Composite!.Value, Digits);
        Assert.Equal(75, j33.Layers["interface"]!.Value, Digits);
        Assert.Equal(75, j33.Indicators["portal"]!.Value, Digits);
        Assert.Equal(75, j33.Technology!.Value, Digits);      // q1 alone: 100 * 0.75
        Assert.Equal(100, j33.Organization!.Value, Digits);   // q2 alone: 100 * 1
        Assert.Equal(Quadrant.IV, j33.Quadrant);              // 75 >= 50 empowering, 100 >= 50 push
        Assert.Equal("high", j33.Stage!.Id);                  // 75 >= 50
        // Each item counts the share of its raters who answered (or NA), a reconciled item whole: (1 + 1 + 1 + 1/2) / 4.
        Assert.Equal(0.875, j33.Completeness, Digits);
        Assert.Equal([("rater1", 2, 4), ("rater2", 3, 4)], scores["33"].Responses.Select(r => (r.Rater, r.Completeness.Answered, r.Completeness.Scored)));
        // 44: only q3 full -> 1, the other three unanswered -> 0: 100 * 1 / 4 = 25, stage low.
        Assert.Equal(25, scores["44"].Result.Composite!.Value, Digits);
        Assert.Equal("low", scores["44"].Result.Stage!.Id);
        Assert.Equal(0.25, scores["44"].Responses.Single().Completeness.Share);
    }

    [Theory, SqliteData, PostgresData]
    public void History_lists_a_jurisdiction_across_rounds_of_the_same_instrument_even_across_versions(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "5", 0, t.Rater1.Id));
        var v2 = new SnapshotStore(db).Add(TestData.InstrumentYaml.Replace("version: \"1\"", "version: \"2\""), "v2.yaml", "t").Snapshot!;
        var rounds = new RoundStore(db);
        var second = rounds.Create(new NewRound("2027 test", v2.Id, RoundMode.SelfAssessment), "t");
        rounds.SetStatus(second.Id, RoundStatus.Open, "t");
        var response = rounds.Assign(second.Id, "33", t.Rater1.Id, "t");
        new AnswerStore(db).Save(new AnswerWrite(response.Id, "q1", "1", 0, t.Rater1.Id));

        var history = RoundScores.History(db, "33", "test-instrument");

        Assert.Equal([(t.RoundId, "1"), (second.Id, "2")], history.Select(h => (h.RoundId, h.InstrumentVersion)));
        Assert.True(history[0].Score.Result.Composite > history[1].Score.Result.Composite);
        Assert.Empty(RoundScores.History(db, "33", "another-instrument"));
    }

    [Theory, SqliteData, PostgresData]
    public void Answers_are_grouped_by_jurisdiction_whatever_order_the_responses_were_opened_in(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
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

        Assert.Equal(["11", "33", "44"], scores.Select(s => s.JurisdictionCode));
        // 33, three raters: q1 (5 -> 1, 3 -> 0.5, 1 -> 0) mean 0.5; q4 (silent 0, silent 0, 20 -> 0.2) mean 0.2 / 3;
        // q2 and q3 unanswered -> 0. Indicator = 100 * (0.5 + 0.2 / 3) / 4 = 100 * (17 / 30) / 4 = 85 / 6 = 14.1666...
        var j33 = scores[1].Result;
        Assert.Equal(85.0 / 6, j33.Indicators["portal"]!.Value, Digits);
        Assert.Equal(85.0 / 6, j33.Layers["interface"]!.Value, Digits);
        Assert.Equal(85.0 / 6, j33.Composite!.Value, Digits);
        Assert.Equal(50, j33.Technology!.Value, Digits);     // q1 alone: 100 * 0.5
        Assert.Equal(0, j33.Organization!.Value, Digits);    // q2 unanswered: 0, not NA
        Assert.Equal(Quadrant.III, j33.Quadrant);            // 50 >= 50 empowering, 0 < 50 constraint
        Assert.Equal("low", j33.Stage!.Id);
        Assert.Equal(1.0 / 3, j33.Completeness, Digits);     // (q1 3/3 + q4 1/3 + 0 + 0) / 4
        Assert.Equal([("rater1", 1), ("rater2", 1), ("lead", 2)], scores[1].Responses.Select(r => (r.Rater, r.Completeness.Answered)));
        Assert.Equal(0, scores[0].Result.Composite);         // 11: a response, nothing answered: every item 0
        Assert.Equal(0, scores[0].Responses.Single().Completeness.Answered);
        Assert.Equal(18.75, scores[2].Result.Composite!.Value, Digits); // 44: q1 4 -> 0.75, 100 * 0.75 / 4
    }

    // Load scores each jurisdiction as soon as the answers move past it, which needs them in the responses' order;
    // the unique index on responses gives that order, and a sort of a national round's 700,000 rows would not be free.
    // SQLite's plan only: PostgreSQL's planner chooses by its statistics (a sort of a small table is right there), and
    // its order is what the ORDER BY says either way.
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
