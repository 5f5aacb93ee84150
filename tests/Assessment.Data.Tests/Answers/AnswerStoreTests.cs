using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Rounds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Answers;

public class AnswerStoreTests
{
    [Fact]
    public void Should_save_in_canonical_form_and_read_back()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q2", " TRUE ", 0, t.Rater1.Id, "policy doc", "https://example.org/p")));
        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 0, t.Rater1.Id)));

        var q2 = answers.Find(t.R1J1, "q2")!;
        Assert.Equal(("yes", false, "policy doc", "https://example.org/p", 1L, "rater1"), (q2.Value, q2.IsNa, q2.EvidenceText, q2.EvidenceLink, q2.Version, q2.UpdatedBy));
        Assert.Equal(["q1", "q2"], answers.ForResponse(t.R1J1).Select(a => a.ItemId));
    }

    [Fact]
    public void Saving_the_same_answer_again_is_idempotent()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));
        // A retry after a lost acknowledgement still carries the old expected version: same value, so no conflict.
        Assert.Equal(new SaveResult.Unchanged(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));
        Assert.Equal(new SaveResult.Unchanged(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 1, t.Rater1.Id)));

        Assert.Equal(1, answers.Find(t.R1J1, "q1")!.Version);
        Assert.Single(AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q1")));
    }

    [Fact]
    public void A_stale_write_is_refused_with_the_current_value_and_who_wrote_it()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
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
    [InlineData("q1", "6", "q1")]
    [InlineData("q1", "three", "q1")]
    [InlineData("q3", "partial", "q3")]
    [InlineData("q4", "about ten", "q4")]
    [InlineData("q1", "NA", "q1")]
    [InlineData("q9", "1", "q9")]
    public void Values_that_do_not_fit_the_snapshot_item_are_refused_naming_the_item(string item, string value, string named)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        var result = Assert.IsType<SaveResult.Invalid>(answers.Save(new AnswerWrite(t.R1J1, item, value, 0, t.Rater1.Id)));

        Assert.Contains(named, result.Message);
        Assert.Null(answers.Find(t.R1J1, item));
    }

    [Fact]
    public void NA_is_stored_with_its_flag_where_the_item_allows_it()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);

        answers.Save(new AnswerWrite(t.R1J1, "q2", "na", 0, t.Rater1.Id));

        Assert.Equal(("NA", true), (answers.Find(t.R1J1, "q2")!.Value, answers.Find(t.R1J1, "q2")!.IsNa));
    }

    [Fact]
    public void Submitted_and_accepted_responses_are_read_only_until_returned()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
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

    [Fact]
    public void A_closed_round_takes_no_answers()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        new RoundStore(db).SetStatus(t.RoundId, RoundStatus.Closed, "lead");

        Assert.IsType<SaveResult.ReadOnly>(new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));
    }

    [Fact]
    public void Every_change_is_audited_with_old_and_new_value()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(time: new FixedTime(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero)));
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

    [Fact]
    public void A_rounds_snapshot_and_snapshots_themselves_cannot_change()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);

        // The triggers of the schema refuse the change (RAISE(ABORT)), whoever writes: SQLite's own error, with its reason.
        var update = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute("UPDATE instrument_snapshots SET yaml = 'x'", transaction: tx)));
        Assert.Contains("instrument snapshots are immutable", update.Message);
        var delete = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute("DELETE FROM instrument_snapshots", transaction: tx)));
        Assert.Contains("instrument snapshots are immutable", delete.Message);
        var other = new Assessment.Data.Instruments.SnapshotStore(db).Add(TestData.InstrumentYaml.Replace("version: \"1\"", "version: \"2\""), "v2.yaml", "t");
        var swap = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) =>
            c.Execute("UPDATE rounds SET snapshot_id = @s WHERE id = @r", new { s = other.Snapshot!.Id, r = t.RoundId }, tx)));
        Assert.Contains("instrument snapshot cannot change", swap.Message);
    }
}

public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
