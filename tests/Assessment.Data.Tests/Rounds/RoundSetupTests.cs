using Assessment.Data.Answers;
using Assessment.Data.Rounds;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Rounds;

public class RoundSetupTests
{
    [Fact]
    public void A_round_with_an_unknown_jurisdiction_is_not_created_at_all()
    {
        using var folder = new TempFolder();
        using var db = folder.OpenDb();
        var data = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        var snapshot = rounds.Find(data.RoundId)!.SnapshotId;
        var before = new RoundOverview(db).List(new RoundFilter(["draft", "open"])).Count;

        Assert.Throws<SqliteException>(() => rounds.CreateAssigned(new NewRound("broken", snapshot, RoundModes.ExternalEvaluation),
            [new RoundAssignment("33", data.Rater1.Id), new RoundAssignment("99", data.Rater1.Id)], "test"));
        Assert.Equal(before, new RoundOverview(db).List(new RoundFilter(["draft", "open"])).Count);
    }

    [Fact]
    public void Next_statuses_follow_the_life_cycle()
    {
        Assert.Equal(["open"], RoundStore.NextStatuses("draft"));
        Assert.Equal(["closed"], RoundStore.NextStatuses("open"));
        Assert.Equal(["published"], RoundStore.NextStatuses("closed"));
        Assert.Empty(RoundStore.NextStatuses("published"));
    }

    [Fact]
    public void The_board_counts_only_answered_items_it_is_given_and_the_list_counts_responses()
    {
        using var folder = new TempFolder();
        using var db = folder.OpenDb();
        var data = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q1", "3", 0, data.Rater1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q2", "NA", 0, data.Rater1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q2", null, 1, data.Rater1.Id)));
        new RoundStore(db).SetResponseStatus(data.R2J1, "submitted", "rater2");

        var board = new RoundOverview(db).Board(data.RoundId, ["q1", "q2"]);
        Assert.Equal([(data.R1J1, 1L), (data.R2J1, 0L), (data.R1J2, 0L)], board.Select(r => (r.ResponseId, r.Answered)));
        Assert.Equal(0, new RoundOverview(db).Board(data.RoundId, ["q2"]).Single(r => r.ResponseId == data.R1J1).Answered);

        var summary = Assert.Single(new RoundOverview(db).List(new RoundFilter(["open"], AssignedTo: data.Rater2.Id)));
        Assert.Equal((2L, 3L, 1L), (summary.Jurisdictions, summary.Responses, summary.Done));
        Assert.Empty(new RoundOverview(db).List(new RoundFilter(["open"], AssignedTo: data.Lead.Id)));
        Assert.Empty(new RoundOverview(db).List(new RoundFilter(["published"])));
    }
}
