using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Database;

/// <summary>
/// The one connection that writes. Every write of the process is queued here and run by one loop on one connection;
/// a caller's task completes only after the COMMIT that contains its write.
/// Why one writer: the SQLite this was designed against (3.50.4) has the WAL-reset corruption bug fixed in 3.51.3:
/// a write on one connection racing a checkpoint or WAL restart on another can corrupt the database. With one
/// writing connection, writes and the automatic checkpoints they trigger never overlap; read connections never
/// write, so they never checkpoint.
/// Group commit: writes that queue up while a COMMIT is syncing are run together in the next transaction, each
/// inside its own SAVEPOINT (a write that throws is rolled back alone). With synchronous = FULL every COMMIT costs
/// an fsync; sharing it keeps the latency of a save flat when many raters save at once.
/// </summary>
public sealed class SingleWriter : StoreWriter
{
    private const int MaxBatch = 64;
    private readonly SqliteConnection connection;
    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    internal SingleWriter(SqliteConnection connection)
    {
        this.connection = connection;
        loop = Task.Factory.StartNew(Loop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public override async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken cancellation = default)
    {
        var item = new Work((c, tx) => work(c, tx!), InTransaction: true);
        await queue.Writer.WriteAsync(item, cancellation).ConfigureAwait(false);
        return (T)(await item.Done.Task.ConfigureAwait(false))!;
    }

    // Microsoft.Data.Sqlite's asynchronous calls complete synchronously (SQLite has no asynchronous I/O), so the awaited
    // work finishes on the writer's thread inside its batch, exactly as a blocking write does.
    public override Task<T> WriteAwaitingAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellation = default) =>
        WriteAsync((c, tx) => work(c, tx).GetAwaiter().GetResult(), cancellation);

    /// <summary>Runs work alone on the writer connection, outside any transaction (restore copies whole pages).</summary>
    internal T Exclusive<T>(Func<SqliteConnection, T> work)
    {
        var item = new Work((c, _) => work(c), InTransaction: false);
        if (!queue.Writer.TryWrite(item)) throw new ObjectDisposedException(nameof(SingleWriter));
        return (T)item.Done.Task.GetAwaiter().GetResult()!;
    }

    private async Task Loop()
    {
        var batch = new List<Work>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryPeek(out var next))
            {
                // Exclusive work runs on its own, never inside a batch's transaction.
                if (!next.InTransaction && batch.Count > 0) break;
                queue.Reader.TryRead(out _);
                batch.Add(next);
                if (!next.InTransaction) break;
            }
            if (batch is [{ InTransaction: false } alone]) RunAlone(alone);
            else RunBatch(batch);
        }
    }

    private void RunAlone(Work work)
    {
        try { work.Done.SetResult(work.Run(connection, null)); }
        catch (Exception e) { work.Done.SetException(e); }
    }

    private void RunBatch(List<Work> batch)
    {
        var results = new (object? Value, Exception? Error)[batch.Count];
        try
        {
            // deferred: false = BEGIN IMMEDIATE, so the write lock is taken at the start, not half-way through.
            using var tx = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                tx.Save("w");
                try
                {
                    results[i] = (batch[i].Run(connection, tx), null);
                    tx.Release("w");
                }
                catch (Exception e)
                {
                    tx.Rollback("w");
                    tx.Release("w");
                    results[i] = (null, e);
                }
            }
            tx.Commit();
        }
        catch (Exception e)
        {
            // BEGIN or COMMIT failed: nothing of the batch is stored, and every caller hears so.
            foreach (var work in batch) work.Done.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
            if (results[i].Error is { } error) batch[i].Done.SetException(error);
            else batch[i].Done.SetResult(results[i].Value);
    }

    public override void Dispose()
    {
        queue.Writer.TryComplete();
        loop.GetAwaiter().GetResult();
        connection.Dispose();
    }

    private sealed record Work(Func<SqliteConnection, SqliteTransaction?, object?> Run, bool InTransaction)
    {
        // RunContinuationsAsynchronously: callers continue on the pool, never inside the writer's loop.
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
