using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Rounds;

/// <summary>
/// Opening responses in bulk: SQLite's prepared statements and PostgreSQL's COPY into a temporary table must leave the
/// same rows, numbered in the same order, with the same audit trail.
/// </summary>
public class ResponseOpeningTests
{
    private const int Jurisdictions = 2500;

    [Theory, SqliteData, PostgresData]
    public void A_round_of_five_thousand_responses_opens_each_with_its_assignment_and_audit_row_in_order(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (roundId, first, second) = LargeRound(db, provider);

        using var c = db.OpenRead();
        Assert.Equal((5000L, 5000L), c.QuerySingle<(long, long)>("""
            SELECT (SELECT COUNT(*) FROM responses WHERE round_id = @roundId AND status = 'draft'),
                   (SELECT COUNT(*) FROM assignments WHERE round_id = @roundId)
            """, new { roundId }));
        // Numbered in the order of the assignments: jurisdiction by jurisdiction, the first rater then the second.
        var responses = c.Query<(long Id, string Jurisdiction, long Rater)>(
            "SELECT id, jurisdiction_code, rater_id FROM responses WHERE round_id = @roundId ORDER BY id", new { roundId }).ToList();
        Assert.Equal((1L, "J0000", first), responses[0]);
        Assert.Equal((2L, "J0000", second), responses[1]);
        Assert.Equal((2470L, "J1234", second), responses[2469]);
        Assert.Equal((5000L, "J2499", second), responses[4999]);

        var audit = c.Query<(string Actor, string Key, string? Old, string New)>(
            "SELECT actor, entity_key, old_value, new_value FROM audit_log WHERE entity = 'assignment' ORDER BY id").ToList();
        Assert.Equal(5000, audit.Count);
        Assert.Equal(("setup", $"round:{roundId}/jurisdiction:J0000/rater:{first}", (string?)null, "response 1"), audit[0]);
        Assert.Equal(("setup", $"round:{roundId}/jurisdiction:J1234/rater:{second}", (string?)null, "response 2470"), audit[2469]);
        Assert.Equal(("setup", $"round:{roundId}/jurisdiction:J2499/rater:{second}", (string?)null, "response 5000"), audit[4999]);
    }

    [Theory, SqliteData, PostgresData]
    public void Opening_a_batch_again_returns_the_existing_responses_and_opens_only_the_new_pairs_once(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (roundId, first, second) = LargeRound(db, provider);

        var ids = db.Writer.Write((c, tx) =>
        {
            using var opener = ResponseOpener.For(c, tx, roundId, "again", "2026-12-02T21:00:00.000Z");
            return opener.EnsureAll([("J0007", first), ("A0001", first), ("J2499", second), ("A0001", first), ("A0002", second)]);
        });

        Assert.Equal(new Dictionary<(string, long), OpenedResponse>
        {
            [("J0007", first)] = new(15, New: false),
            [("A0001", first)] = new(5001, New: true),
            [("J2499", second)] = new(5000, New: false),
            [("A0002", second)] = new(5002, New: true),
        }, ids);
        using var read = db.OpenRead();
        Assert.Equal(5002L, read.QuerySingle<long>("SELECT COUNT(*) FROM responses WHERE round_id = @roundId", new { roundId }));
        Assert.Equal([$"round:{roundId}/jurisdiction:A0001/rater:{first}|response 5001", $"round:{roundId}/jurisdiction:A0002/rater:{second}|response 5002"],
            read.Query<string>("SELECT entity_key || '|' || new_value FROM audit_log WHERE actor = 'again' ORDER BY id"));
        Assert.Equal(5001L, new RoundStore(db).Assign(roundId, "A0001", first, "later").Id);
    }

    // Two app nodes open the same pair at once (an administrator's assignment on one, an import on the other): on
    // PostgreSQL both get as far as writing, held there by the test's lock on assignments; then one opens the response
    // and the other finds it, instead of failing on the unique key.
    [Theory, SqliteData, PostgresData]
    public async Task Two_writers_opening_the_same_pair_at_once_get_one_response(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (roundId, first, _) = LargeRound(db, provider);

        OpenedResponse Open(string actor) => db.Writer.Write((c, tx) =>
        {
            using var opener = ResponseOpener.For(c, tx, roundId, actor, "2026-12-02T22:40:00.000Z");
            return opener.EnsureAll([("A0001", first)])[("A0001", first)];
        });
        using (var hold = Concurrency.RowHold.TakeTable(db, "assignments"))
        {
            var writers = new[] { Task.Run(() => Open("node1")), Task.Run(() => Open("node2")) };
            await hold.ReleaseWhenWaiting(2);
            var opened = await Task.WhenAll(writers);
            Assert.Equal([new OpenedResponse(5001, New: false), new OpenedResponse(5001, New: true)], opened.OrderBy(o => o.New));
        }
        using var read = db.OpenRead();
        Assert.Equal(1L, read.QuerySingle<long>("SELECT COUNT(*) FROM responses WHERE jurisdiction_code = 'A0001'"));
        Assert.Equal(1L, read.QuerySingle<long>("SELECT COUNT(*) FROM audit_log WHERE entity_key LIKE '%jurisdiction:A0001/%'"));
    }

    /// <summary>A draft round of 2,500 jurisdictions (J0000…) x 2 raters, set up in one call; two more jurisdictions (A0001, A0002) unassigned.</summary>
    private static (long RoundId, long First, long Second) LargeRound(AssessmentDb db, Provider provider)
    {
        new JurisdictionStore(db).Upsert(
            [.. Enumerable.Range(0, Jurisdictions).Select(j => new Jurisdiction($"J{j:D4}", $"测{j}", $"J{j}", "province", "other", null)),
             new Jurisdiction("A0001", "甲", "A1", "province", "other", null), new Jurisdiction("A0002", "乙", "A2", "province", "other", null)],
            "test", "test");
        var accounts = new AccountStore(db);
        var first = accounts.Create(new NewAccount("first", "First", Roles.Evaluator), "test").Id;
        var second = accounts.Create(new NewAccount("second", "Second", Roles.Evaluator), "test").Id;
        var snapshot = new SnapshotStore(db).Add(TestData.InstrumentYaml, "test.yaml", "test");
        Assert.Empty(snapshot.Problems);
        var round = new RoundStore(db).CreateAssigned(new NewRound($"large {provider}", snapshot.Snapshot!.Id, RoundMode.ExternalEvaluation),
            [.. Enumerable.Range(0, Jurisdictions).SelectMany(j => new[] { new RoundAssignment($"J{j:D4}", first), new RoundAssignment($"J{j:D4}", second) })],
            "setup");
        return (round.Id, first, second);
    }
}
