using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Rounds;

public class RoundSetupTests
{
    [Theory, SqliteData, PostgresData]
    public void A_round_with_an_unknown_jurisdiction_is_not_created_at_all(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var data = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        var snapshot = rounds.Find(data.RoundId)!.SnapshotId;
        var before = new RoundOverview(db).List(new RoundFilter([RoundStatus.Draft, RoundStatus.Open])).Count;

        var refused = Assert.ThrowsAny<DbException>(() => rounds.CreateAssigned(new NewRound("broken", snapshot, RoundMode.ExternalEvaluation),
            [new RoundAssignment("33", data.Rater1.Id), new RoundAssignment("99", data.Rater1.Id)], "test"));
        Assert.Equal(ConstraintKind.ForeignKey, db.Dialect.Refusal(refused));
        Assert.Equal(before, new RoundOverview(db).List(new RoundFilter([RoundStatus.Draft, RoundStatus.Open])).Count);
    }

    [Theory, SqliteData, PostgresData]
    public void The_board_counts_answered_scored_items_of_the_round_instrument_and_the_list_counts_responses(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var data = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q1", "3", 0, data.Rater1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q2", "NA", 0, data.Rater1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(data.R1J1, "q2", null, 1, data.Rater1.Id)));
        new RoundStore(db).SetResponseStatus(data.R2J1, ResponseStatus.Submitted, "rater2");

        // q1 answered; q2 answered NA and then cleared: 1 of the instrument's 4 scored items.
        var board = new RoundOverview(db).Board(data.RoundId, new SnapshotStore(db).ForRound(data.RoundId));
        Assert.Equal([(data.R1J1, new Completeness(1, 4), ResponseStatus.Draft), (data.R2J1, new Completeness(0, 4), ResponseStatus.Submitted),
            (data.R1J2, new Completeness(0, 4), ResponseStatus.Draft)], board.Select(r => (r.ResponseId, r.Completeness, r.Status)));

        var summary = Assert.Single(new RoundOverview(db).List(new RoundFilter([RoundStatus.Open], AssignedTo: data.Rater2.Id)));
        Assert.Equal((2L, 3L, 1L), (summary.Jurisdictions, summary.Responses, summary.Done));
        Assert.Empty(new RoundOverview(db).List(new RoundFilter([RoundStatus.Open], AssignedTo: data.Lead.Id)));
        Assert.Empty(new RoundOverview(db).List(new RoundFilter([RoundStatus.Published])));
    }
}
