using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Rounds;

/// <summary>
/// A round's mode is stored as the schema's word (no migration: the CHECK constraint of 0002 lists the same words) and
/// every reader hands it back as Core's RoundMode.
/// </summary>
public class RoundModeStorageTests
{
    [Theory, SqliteData, PostgresData]
    public void The_mode_is_stored_as_its_word_and_every_reader_returns_the_type(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var external = TestData.OpenRound(db);
        var zj = new AccountStore(db).Create(new NewAccount("zj", "浙江自评", Roles.SelfAssessor, JurisdictionCode: "33"), "test");
        var rounds = new RoundStore(db);
        var self = rounds.Create(new NewRound("自评", rounds.Find(external.RoundId)!.SnapshotId, RoundMode.SelfAssessment), "test");
        rounds.SetStatus(self.Id, RoundStatus.Open, "test");
        rounds.Assign(self.Id, "33", zj.Id, "test");

        using (var c = db.OpenRead())
            Assert.Equal(["external_evaluation", "self_assessment"],
                c.Query<string>("SELECT mode FROM rounds WHERE id IN (@a, @b) ORDER BY id", new { a = external.RoundId, b = self.Id }));

        Assert.Equal((RoundMode.ExternalEvaluation, RoundMode.SelfAssessment), (rounds.Find(external.RoundId)!.Mode, rounds.Find(self.Id)!.Mode));
        var mine = new AssignedResponses(db);
        Assert.Equal(RoundMode.SelfAssessment, Assert.Single(mine.ForRater(zj.Id)).RoundMode);
        Assert.Equal(RoundMode.ExternalEvaluation, mine.Find(external.RoundId, "33", external.Rater1.Id)!.RoundMode);
        Assert.Equal((RoundMode.SelfAssessment, RoundStatus.Open, ResponseStatus.Draft),
            mine.Find(self.Id, "33", zj.Id) is { } r ? (r.RoundMode, r.RoundStatus, r.Status) : default);
        var review = new ReviewReader(db);
        Assert.Equal(RoundMode.SelfAssessment, review.Round(self.Id)!.Mode);
        Assert.Equal(RoundMode.ExternalEvaluation, review.Round(external.RoundId)!.Mode);
        Assert.Equal([RoundMode.SelfAssessment, RoundMode.ExternalEvaluation], DashboardQueries.Rounds(db).Select(r => r.Mode));
        Assert.Equal(RoundMode.SelfAssessment, DashboardQueries.Round(db, self.Id)!.Mode);
        Assert.Equal([RoundMode.SelfAssessment, RoundMode.ExternalEvaluation],
            new RoundOverview(db).List(new RoundFilter(Enum.GetValues<RoundStatus>())).Select(r => r.Mode));
    }

    [Theory, SqliteData, PostgresData]
    public void The_audit_trail_names_the_mode_by_its_stored_word(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);

        var snapshot = new RoundStore(db).Find(round.RoundId)!.SnapshotId;
        using var c = db.OpenRead();
        var created = c.QuerySingle<string>("SELECT new_value FROM audit_log WHERE entity = 'round' AND entity_key = @id AND old_value IS NULL",
            new { id = round.RoundId.ToString() });
        Assert.Equal($"2026 test | snapshot {snapshot} | external_evaluation | draft", created);
    }
}
