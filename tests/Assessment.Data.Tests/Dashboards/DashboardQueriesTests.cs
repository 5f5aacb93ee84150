using Assessment.Core.Answers;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Data.Tests.Stores;
namespace Assessment.Data.Tests.Dashboards;

public class DashboardQueriesTests
{
    // 33: two raters on q1 (5 and 2), rater 2 on q4, q3 reconciled; 44: rater 1 on q3.
    private static TestData.Round RoundWithAnswers(Data.Database.AssessmentDb db)
    {
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "5", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q1", "2", 0, t.Rater2.Id));
        answers.Save(new AnswerWrite(t.R2J1, "q4", "50", 0, t.Rater2.Id));
        answers.Save(new AnswerWrite(t.R1J2, "q3", "full", 0, t.Rater1.Id));
        new ReconciledAnswerStore(db).Set(t.RoundId, "33", "q3", "full", "checked", t.Lead.Id);
        return t;
    }

    [Theory, SqliteData, PostgresData]
    public void Explain_traces_the_same_score_ForRound_gives_including_reconciled_answers(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = RoundWithAnswers(db);

        var explained = RoundScores.Explain(db, t.RoundId, "33")!;
        var scored = RoundScores.ForRound(db, t.RoundId).Single(s => s.JurisdictionCode == "33").Result;
        Assert.Equal(scored.Composite, explained.Result.Composite);
        Assert.Equal(scored.Indicators, explained.Result.Indicators);
        Assert.Equal(ItemStatus.Reconciled, explained.Items.Single(i => i.ItemId == "q3").Status);
        Assert.Null(RoundScores.Explain(db, t.RoundId, "11"));
    }

    [Theory, SqliteData, PostgresData]
    public void ForRound_hands_each_group_beside_its_score_and_Group_reads_one_jurisdictions_raters_side_by_side(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = RoundWithAnswers(db);

        var plain = RoundScores.ForRound(db, t.RoundId);
        var handed = RoundScores.ForRound(db, t.RoundId, (score, group) =>
            (score, group.Jurisdiction, Raters: group.Responses.Select(r => r.Id).ToList(), Q1: group.Answers().GetValueOrDefault("q1")?.ByRater));
        Assert.Equal(plain.Select(s => s.JurisdictionCode), handed.Select(h => h.score.JurisdictionCode));
        Assert.Equal(plain.Select(s => s.Result.Composite), handed.Select(h => h.score.Result.Composite));
        Assert.All(handed, h => Assert.Equal(h.score.JurisdictionCode, h.Jurisdiction));
        var j33 = handed.Single(h => h.Jurisdiction == "33");
        Assert.Equal([t.R1J1, t.R2J1], j33.Raters);
        Assert.Equal([new Answer.Likert(5), new Answer.Likert(2)], j33.Q1!);

        var group = RoundScores.Group(db, t.RoundId, "33")!;
        Assert.Equal([t.R1J1, t.R2J1], group.Responses.Select(r => r.Id));
        Assert.Equal([new Answer.Likert(5), new Answer.Likert(2)], group.Answers()["q1"].ByRater);
        Assert.Equal(j33.score.Result.Composite, group.Score().Composite);
        Assert.Null(RoundScores.Group(db, t.RoundId, "11"));
        Assert.Throws<ArgumentException>(() => RoundScores.Group(db, 999, "33"));
    }

    [Theory, SqliteData, PostgresData]
    public void Rounds_carry_their_instrument_version_and_are_not_demo_until_the_flag_exists(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var round = DashboardQueries.Round(db, t.RoundId)!;
        Assert.Equal(("test-instrument", "1", RoundStatus.Open, false), (round.InstrumentId, round.InstrumentVersion, round.Status, round.IsDemo));
        Assert.Equal([t.RoundId], DashboardQueries.Rounds(db).Select(r => r.Id));
        Assert.Null(DashboardQueries.Round(db, 999));
    }

    [Theory, SqliteData, PostgresData]
    public void Jurisdictions_come_with_their_ancestors_in_one_query(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert(
        [
            new("33", "浙江省", "Zhejiang", "province", "province", null), new("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
            new("330106", "西湖区", "Xihu", "county", "district", "3301"), new("32", "江苏省", "Jiangsu", "province", "province", null),
        ], "manual", "test");
        var found = DashboardQueries.JurisdictionsWithAncestors(db, ["330106"]);
        Assert.Equal(["330106", "3301", "33"], found.Keys.OrderByDescending(k => k.Length));
    }
}
