using Assessment.Data.Answers;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Database;

/// <summary>The writer's awaiting form (the answer save's): all or nothing, cancellable until it starts, never deadlocking a caller that blocks.</summary>
public class StoreWriterTests
{
    private static void MakeTable(Data.Database.AssessmentDb db) =>
        db.Writer.Write((c, tx) => c.Execute("CREATE TABLE writer_probe (id bigint PRIMARY KEY)", transaction: tx));

    private static long[] Rows(Data.Database.AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.Query<long>("SELECT id FROM writer_probe ORDER BY id").ToArray();
    }

    [Theory, SqliteData, PostgresData]
    public async Task Awaited_work_commits_as_a_whole_or_not_at_all(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        MakeTable(db);

        Assert.Equal(2, await db.Writer.WriteAwaitingAsync(async (c, tx) =>
            await c.ExecuteAsync("INSERT INTO writer_probe (id) VALUES (1)", transaction: tx) +
            await c.ExecuteAsync("INSERT INTO writer_probe (id) VALUES (2)", transaction: tx)));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Writer.WriteAwaitingAsync<int>(async (c, tx) =>
        {
            await c.ExecuteAsync("INSERT INTO writer_probe (id) VALUES (3)", transaction: tx);
            throw new InvalidOperationException("refused after writing");
        }));

        Assert.Equal("refused after writing", e.Message);
        Assert.Equal([1L, 2L], Rows(db));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Work_cancelled_before_it_starts_never_runs(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        MakeTable(db);
        var ran = false;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Writer.WriteAwaitingAsync((c, tx) =>
        {
            ran = true;
            return c.ExecuteAsync("INSERT INTO writer_probe (id) VALUES (1)", transaction: tx);
        }, new CancellationToken(canceled: true)));

        Assert.False(ran);
        Assert.Empty(Rows(db));
    }

    [Theory, SqliteData, PostgresData]
    public void A_blocking_save_from_a_thread_whose_context_is_never_pumped_completes(Provider provider)
    {
        // A page or a command that calls the blocking Save while holding a single-threaded context must not wait on a
        // continuation posted to that context: the awaiting save continues on the pool (ConfigureAwait(false)).
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        answers.Save(new AnswerWrite(t.R1J1, "q1", "1", 0, t.Rater1.Id)); // a pooled connection is idle now

        SaveResult? result = null;
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new NeverPumped());
            result = answers.Save(new AnswerWrite(t.R1J1, "q1", "2", 1, t.Rater1.Id));
        });
        thread.Start();

        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the blocking save waited on its caller's context");
        Assert.IsType<SaveResult.Saved>(result);
    }

    // Takes posted continuations and never runs them, as a UI thread blocked in a synchronous call would.
    private sealed class NeverPumped : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) { }
    }
}
