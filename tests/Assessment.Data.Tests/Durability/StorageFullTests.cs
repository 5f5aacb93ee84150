using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Dapper;

namespace Assessment.Data.Tests.Durability;

/// <summary>
/// The disk fills (issue 14 item 3): a save that needs space the database cannot get is refused as StorageFull (not
/// an exception), nothing acknowledged before is lost, and the same save succeeds once space returns. The database's
/// size limit (PRAGMA max_page_count on the writing connection) stands in for the disk: SQLite reports both as
/// SQLITE_FULL through the same path. The load driver's disk-full mode fills a real size-limited folder.
/// </summary>
public class StorageFullTests
{
    [Fact]
    public async Task A_save_that_finds_no_space_is_refused_cleanly_and_succeeds_once_space_returns()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));

        // No page more than the database has now: the next save that needs a new page cannot get one.
        var pages = db.Writer.Write((c, _) => c.ExecuteScalar<long>("PRAGMA page_count"));
        db.Writer.Write((c, _) => c.ExecuteScalar<long>($"PRAGMA max_page_count = {pages}"));
        var longEvidence = string.Concat(Enumerable.Repeat("政务服务“一网通办”的佐证材料。", 3_000));

        var refused = await answers.SaveAsync(new AnswerWrite(t.R1J1, "q2", "yes", 0, t.Rater1.Id, longEvidence));
        var refusedAgain = await answers.SaveAsync(new AnswerWrite(t.R1J1, "q2", "yes", 0, t.Rater1.Id, longEvidence));

        Assert.IsType<SaveResult.StorageFull>(refused);
        Assert.IsType<SaveResult.StorageFull>(refusedAgain);
        var kept = answers.Find(t.R1J1, "q1")!;
        Assert.Equal(("3", 1L), (kept.Value, kept.Version));
        Assert.Null(answers.Find(t.R1J1, "q2"));
        Assert.Empty(AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q2")));

        // Space returns: the very same save goes through, and the writer carries on with the next ones.
        db.Writer.Write((c, _) => c.ExecuteScalar<long>("PRAGMA max_page_count = 1073741823"));
        Assert.Equal(new SaveResult.Saved(1), await answers.SaveAsync(new AnswerWrite(t.R1J1, "q2", "yes", 0, t.Rater1.Id, longEvidence)));
        Assert.Equal(new SaveResult.Saved(2), await answers.SaveAsync(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id)));
        Assert.Equal(longEvidence, answers.Find(t.R1J1, "q2")!.EvidenceText);
        Assert.Equal("ok", db.Writer.Write((c, _) => c.ExecuteScalar<string>("PRAGMA integrity_check")));
    }
}
