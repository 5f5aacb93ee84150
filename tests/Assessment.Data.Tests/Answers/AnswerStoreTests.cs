using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Answers;

public class AnswerStoreTests
{
    [Theory, SqliteData, PostgresData]
    public void Should_save_in_canonical_form_and_read_back(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q2", " TRUE ", 0, t.Rater1.Id, "policy doc", "https://example.org/p")));
        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 0, t.Rater1.Id)));

        var q2 = answers.Find(t.R1J1, "q2")!;
        Assert.Equal(("yes", false, "policy doc", "https://example.org/p", 1L, "rater1"), (q2.Value, q2.IsNa, q2.EvidenceText, q2.EvidenceLink, q2.Version, q2.UpdatedBy));
        Assert.Equal(["q1", "q2"], answers.ForResponse(t.R1J1).Select(a => a.ItemId));
    }

    [Theory, SqliteData, PostgresData]
    public void Saving_the_same_answer_again_is_idempotent(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));
        // A retry after a lost acknowledgement still carries the old expected version: same value, so no conflict.
        Assert.Equal(new SaveResult.Unchanged(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));
        Assert.Equal(new SaveResult.Unchanged(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 1, t.Rater1.Id)));

        Assert.Equal(1, answers.Find(t.R1J1, "q1")!.Version);
        Assert.Single(AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q1")));
    }

    [Theory, SqliteData, PostgresData]
    public void A_stale_write_is_refused_with_the_current_value_and_who_wrote_it(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R1J1, "q1", "5", 1, t.Lead.Id)); // another tab / the lead, version 2

        var stale = answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id));

        var conflict = Assert.IsType<SaveResult.Conflict>(stale);
        Assert.Equal(("5", "lead", 2L), (conflict.CurrentValue, conflict.By, conflict.CurrentVersion));
        Assert.Equal("5", answers.Find(t.R1J1, "q1")!.Value);
        Assert.Equal(new SaveResult.Saved(3), answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 2, t.Rater1.Id)));
    }

    [Theory]
    [InlineData("q1", "6", "q1", Provider.Sqlite)]
    [InlineData("q1", "three", "q1", Provider.Sqlite)]
    [InlineData("q3", "partial", "q3", Provider.Sqlite)]
    [InlineData("q4", "about ten", "q4", Provider.Sqlite)]
    [InlineData("q1", "NA", "q1", Provider.Sqlite)]
    [InlineData("q9", "1", "q9", Provider.Sqlite)]
    [PostgresInlineData("q1", "6", "q1")]
    [PostgresInlineData("q1", "three", "q1")]
    [PostgresInlineData("q3", "partial", "q3")]
    [PostgresInlineData("q4", "about ten", "q4")]
    [PostgresInlineData("q1", "NA", "q1")]
    [PostgresInlineData("q9", "1", "q9")]
    public void Values_that_do_not_fit_the_snapshot_item_are_refused_naming_the_item(string item, string value, string named, Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        var result = Assert.IsType<SaveResult.Invalid>(answers.Save(new AnswerWrite(t.R1J1, item, value, 0, t.Rater1.Id)));

        Assert.Contains(named, result.Message);
        Assert.Null(answers.Find(t.R1J1, item));
    }

    [Theory, SqliteData, PostgresData]
    public void NA_is_stored_with_its_flag_where_the_item_allows_it(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        answers.Save(new AnswerWrite(t.R1J1, "q2", "na", 0, t.Rater1.Id));

        Assert.Equal(("NA", true), (answers.Find(t.R1J1, "q2")!.Value, answers.Find(t.R1J1, "q2")!.IsNa));
    }

    [Theory, SqliteData, PostgresData]
    public void Submitted_and_accepted_responses_are_read_only_until_returned(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        var rounds = new RoundStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));

        rounds.SetResponseStatus(t.R1J1, ResponseStatus.Submitted, "rater1");
        Assert.IsType<SaveResult.ReadOnly>(answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id)));
        rounds.SetResponseStatus(t.R1J1, ResponseStatus.Accepted, "lead");
        Assert.IsType<SaveResult.ReadOnly>(answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id)));
        rounds.SetResponseStatus(t.R1J1, ResponseStatus.Returned, "lead", "evidence missing for q1");
        Assert.Equal(new SaveResult.Saved(2), answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id)));
        Assert.Throws<InvalidOperationException>(() => rounds.SetResponseStatus(t.R1J1, ResponseStatus.Accepted, "lead"));
    }

    [Theory, SqliteData, PostgresData]
    public void A_closed_round_takes_no_answers(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        new RoundStore(db).SetStatus(t.RoundId, RoundStatus.Closed, "lead");

        Assert.IsType<SaveResult.ReadOnly>(new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));
    }

    [Theory, SqliteData, PostgresData]
    public void Every_change_is_audited_with_old_and_new_value(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider, new FixedTime(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));
        answers.Save(new AnswerWrite(t.R1J1, "q1", "", 1, t.Rater1.Id));

        var trail = AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q1"));

        // The whole state as JSON: the trail alone rebuilds every answer (value null = cleared).
        const string three = """{"value":"3","na":false,"evidence_text":null,"evidence_link":null}""";
        const string cleared = """{"value":null,"na":false,"evidence_text":null,"evidence_link":null}""";
        Assert.Equal([(null, three), (three, cleared)], trail.Select(e => (e.OldValue, e.NewValue)));
        Assert.All(trail, e => Assert.Equal(("rater1", "2026-03-01T08:00:00.0000000Z"), (e.Actor, e.At)));
    }

    [Theory, SqliteData, PostgresData]
    public void A_rounds_snapshot_and_snapshots_themselves_cannot_change(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);

        // The triggers of the schema refuse the change (RAISE(ABORT), refuse_change()), whoever writes: the provider's own error, with its reason.
        var update = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) => c.Execute("UPDATE instrument_snapshots SET yaml = 'x'", transaction: tx)));
        Assert.Contains("instrument snapshots are immutable", update.Message);
        var delete = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) => c.Execute("DELETE FROM instrument_snapshots", transaction: tx)));
        Assert.Contains("instrument snapshots are immutable", delete.Message);
        var other = new Assessment.Data.Instruments.SnapshotStore(db).Add(TestData.InstrumentYaml.Replace("version: \"1\"", "version: \"2\""), "v2.yaml", "t");
        var swap = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) =>
            c.Execute("UPDATE rounds SET snapshot_id = @s WHERE id = @r", new { s = other.Snapshot!.Id, r = t.RoundId }, tx)));
        Assert.Contains("instrument snapshot cannot change", swap.Message);
        Assert.Equal([ConstraintKind.Trigger, ConstraintKind.Trigger, ConstraintKind.Trigger], new[] { update, delete, swap }.Select(db.Dialect.Refusal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Concurrent_saves_from_the_same_version_let_exactly_one_through(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "1", 0, t.Rater1.Id));

        // Sixteen tabs, all holding version 1, each saving another value at once. On PostgreSQL they really run side
        // by side (a connection each); the version check in the upsert lets one win and tells the rest of the conflict.
        var values = Enumerable.Range(0, 16).Select(i => (2 + i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var results = await Task.WhenAll(values.Select(v => Task.Run(() => answers.SaveAsync(new AnswerWrite(t.R1J1, "q1", v, 1, t.Lead.Id)))));

        var saved = Assert.Single(results.OfType<SaveResult.Saved>());
        Assert.Equal(2, saved.Version);
        var stored = answers.Find(t.R1J1, "q1")!;
        Assert.Equal(2, stored.Version);
        // The others either conflict with version 2, or (same value as the winner) find nothing to change.
        Assert.All(results.Where(r => r is not SaveResult.Saved), r => Assert.True(
            r is SaveResult.Conflict { CurrentVersion: 2 } || r == new SaveResult.Unchanged(2), r.ToString()));
        Assert.Equal(2, AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q1")).Count);
    }
}

public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
