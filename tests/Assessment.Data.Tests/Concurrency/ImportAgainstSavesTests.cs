using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Concurrency;

/// <summary>
/// An answer saved while an import is under way (on PostgreSQL from another app node) is never overwritten unseen:
/// the import holds the round's responses from its read to its COMMIT, so the save waits and then meets the
/// import's version, and the import's audit row names the value it really replaced (docs/postgres.md, "Several writers").
/// </summary>
public class ImportAgainstSavesTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_save_during_an_import_is_not_lost_and_the_audit_names_what_was_replaced(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.Equal(new SaveResult.Saved(1), answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));

        // The file stops after its one row until the test lets it end: by then the import has read the answers in
        // its transaction and waits for the rest of the file.
        using var csv = new GatedReader("jurisdiction,rater,item,value\n33,rater1,q1,5\n");
        var importing = Task.Run(() => AnswerImport.Import(db, t.RoundId, csv, "importer"));
        await csv.Reached.WaitAsync(TimeSpan.FromSeconds(60));
        await ImportTransactionIdle(db);

        // The rater saves on the version they hold (1), from another node.
        var saving = Task.Run(() => answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 1, t.Rater1.Id)));
        await SaveWaitsOrEnds(db, saving);
        csv.Open();

        var imported = await importing;
        Assert.Empty(imported.Problems);
        Assert.Equal((1, 0), (imported.Written, imported.Unchanged));
        // The import came first: the save meets its version and the page shows the import's value.
        var conflict = Assert.IsType<SaveResult.Conflict>(await saving);
        Assert.Equal(("5", "rater1", 2L), (conflict.CurrentValue, conflict.By, conflict.CurrentVersion)); // imported as the rater's answer
        var stored = answers.Find(t.R1J1, "q1")!;
        Assert.Equal(("5", 2L), (stored.Value, stored.Version));
        var trail = AuditLog.For(db, "answer", AnswerStore.AuditKey(t.R1J1, "q1"))
            .Select(a => $"{AnswerAuditValue.TryParse(a.OldValue)?.Value ?? "-"} -> {AnswerAuditValue.TryParse(a.NewValue)!.Value} ({a.Actor})");
        Assert.Equal(["- -> 3 (rater1)", "3 -> 5 (importer)"], trail);
    }

    /// <summary>PostgreSQL: the import's connection is idle inside its transaction (its reads done, waiting for rows).</summary>
    private static async Task ImportTransactionIdle(AssessmentDb db)
    {
        if (db.Dialect == SqlDialect.Sqlite) return; // the import's write is queued before the save's: nothing to wait for
        using var watch = db.OpenRead();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (watch.ExecuteScalar<long>(
                   "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'") < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "the import never waited inside its transaction within 60 s");
            await Task.Delay(20);
        }
    }

    /// <summary>The save either waits for a lock (PostgreSQL) or is queued behind the import (SQLite), or it ends.</summary>
    private static async Task SaveWaitsOrEnds(AssessmentDb db, Task saving)
    {
        if (db.Dialect == SqlDialect.Sqlite)
        {
            await Task.WhenAny(saving, Task.Delay(200));
            return;
        }
        using var watch = db.OpenRead();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!saving.IsCompleted && watch.ExecuteScalar<long>(
                   "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "the save neither ended nor waited within 60 s");
            await Task.Delay(20);
        }
    }

    /// <summary>A file that hands out its first part, then blocks until <see cref="Open"/>, then ends.</summary>
    private sealed class GatedReader(string first) : TextReader
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int position;

        public Task Reached => reached.Task;

        public void Open() => gate.TrySetResult();

        public override int Peek() => position < first.Length ? first[position] : WaitForTheEnd();

        public override int Read() => position < first.Length ? first[position++] : WaitForTheEnd();

        public override int Read(char[] buffer, int index, int count)
        {
            if (position >= first.Length) return WaitForTheEnd() + 1; // 0 characters: the end
            var n = Math.Min(count, first.Length - position);
            first.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        public override int Read(Span<char> buffer)
        {
            if (position >= first.Length) return WaitForTheEnd() + 1; // 0 characters: the end
            var n = Math.Min(buffer.Length, first.Length - position);
            first.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        /// <summary>-1, the end of the file, once the test opens the gate.</summary>
        private int WaitForTheEnd()
        {
            reached.TrySetResult();
            if (!gate.Task.Wait(TimeSpan.FromSeconds(120))) throw new TimeoutException("the test never let the file end");
            return -1;
        }
    }
}
