using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Audit;

public class AuditQueryTests
{
    /// <summary>Round 1 (TestData): responses R1J1 (33, rater1), R2J1 (33, rater2), R1J2 (44, rater1); round 2 one for 33.</summary>
    [Theory, SqliteData, PostgresData]
    public void Rows_are_selected_by_round_jurisdiction_actor_entity_and_time(Provider provider)
    {
        using var temp = new TempFolder();
        var clock = new MovingTime(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        using var db = temp.OpenDb(provider, clock);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        var rounds = new RoundStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));   // round 1, 33, rater1
        answers.Save(new AnswerWrite(t.R1J2, "q1", "4", 0, t.Rater1.Id));   // round 1, 44, rater1
        clock.Advance(TimeSpan.FromDays(1));
        answers.Save(new AnswerWrite(t.R2J1, "q2", "yes", 0, t.Rater2.Id)); // round 1, 33, rater2, a day later
        new ReconciledAnswerStore(db).Set(t.RoundId, "44", "q1", "5", "证据更新", t.Lead.Id);
        var snapshot = new SnapshotStore(db).Add(TestData.InstrumentYaml.Replace("version: \"1\"", "version: \"2\""), "t2.yaml", "test").Snapshot!;
        var second = rounds.Create(new NewRound("second", snapshot.Id, RoundMode.ExternalEvaluation), "admin");
        rounds.SetStatus(second.Id, RoundStatus.Open, "admin");
        var other = rounds.Assign(second.Id, "33", t.Rater1.Id, "admin");
        answers.Save(new AnswerWrite(other.Id, "q1", "1", 0, t.Rater1.Id));  // round 2, 33

        var query = new AuditQuery(db);
        string[] Keys(AuditFilter f) => query.Page(f, 0, 100).Rows.Select(r => $"{r.Entity} {r.EntityKey}").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Sorted(
                $"answer response:{t.R1J1}/item:q1", $"answer response:{t.R1J2}/item:q1", $"answer response:{t.R2J1}/item:q2",
                $"assignment round:{t.RoundId}/jurisdiction:33/rater:{t.Rater1.Id}", $"assignment round:{t.RoundId}/jurisdiction:33/rater:{t.Rater2.Id}",
                $"assignment round:{t.RoundId}/jurisdiction:44/rater:{t.Rater1.Id}",
                $"reconciled_answer round:{t.RoundId}/jurisdiction:44/item:q1", $"round {t.RoundId}", $"round.status {t.RoundId}"),
            Keys(new AuditFilter(RoundId: t.RoundId)));
        Assert.Equal(
            Sorted($"answer response:{t.R1J2}/item:q1", $"assignment round:{t.RoundId}/jurisdiction:44/rater:{t.Rater1.Id}", $"reconciled_answer round:{t.RoundId}/jurisdiction:44/item:q1"),
            Keys(new AuditFilter(RoundId: t.RoundId, JurisdictionCode: "44")));
        Assert.Equal(
            Sorted($"answer response:{other.Id}/item:q1", $"answer response:{t.R1J1}/item:q1", $"answer response:{t.R2J1}/item:q2"),
            Keys(new AuditFilter(JurisdictionCode: "33", Entity: "answer")));
        Assert.Equal([$"answer response:{t.R2J1}/item:q2"], Keys(new AuditFilter(Actor: "RATER2", Entity: "answer")));
        Assert.Equal(2, query.Page(new AuditFilter(Entity: "answer", To: new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)), 0, 100).Total);
        // "round" also finds its sub-entity "round.status": two rounds created and opened.
        Assert.Equal(["round", "round", "round.status", "round.status"], query.Page(new AuditFilter(Entity: "round"), 0, 100).Rows.Select(r => r.Entity).Order());
    }

    private static string[] Sorted(params string[] keys) => keys.Order(StringComparer.Ordinal).ToArray();

    [Theory, SqliteData, PostgresData]
    public void Pages_are_newest_first_and_the_total_counts_every_match(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        for (var i = 1; i <= 5; i++) answers.Save(new AnswerWrite(t.R1J1, "q4", (i * 10).ToString(), i - 1, t.Rater1.Id));

        var page = new AuditQuery(db).Page(new AuditFilter(Entity: "answer"), offset: 1, limit: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal(["""{"value":"40","na":false,"evidence_text":null,"evidence_link":null}""", """{"value":"30","na":false,"evidence_text":null,"evidence_link":null}"""],
            page.Rows.Select(r => r.NewValue));
    }
}

public sealed class MovingTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public void Advance(TimeSpan by) => now += by;

    public override DateTimeOffset GetUtcNow() => now;
}
