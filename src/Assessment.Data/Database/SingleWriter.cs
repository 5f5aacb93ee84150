using Microsoft.Data.Sqlite;

namespace Assessment.Data.Database;

/// <summary>
/// The one connection that writes. Every write of the process runs here, one at a time, inside BEGIN IMMEDIATE
/// ... COMMIT, and returns only after COMMIT.
/// Why one writer: the bundled SQLite is 3.50.4, which has the WAL-reset corruption bug (fixed in 3.51.3): a
/// write on one connection racing a checkpoint or WAL restart on another can corrupt the database. With one
/// writing connection, writes and the automatic checkpoints they trigger never overlap; read connections never
/// write, so they never checkpoint.
/// </summary>
public sealed class SingleWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    internal SingleWriter(SqliteConnection connection) => this.connection = connection;

    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        gate.Wait();
        try
        {
            return RunInTransaction(work);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellation = default)
    {
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return RunInTransaction(work);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs work on the writer connection without a transaction (restore, which manages its own pages).</summary>
    internal T Exclusive<T>(Func<SqliteConnection, T> work)
    {
        gate.Wait();
        try
        {
            return work(connection);
        }
        finally
        {
            gate.Release();
        }
    }

    private T RunInTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        // deferred: false = BEGIN IMMEDIATE, so the write lock is taken at the start, not half-way through.
        using var tx = connection.BeginTransaction(deferred: false);
        var result = work(connection, tx);
        tx.Commit();
        return result;
    }

    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }
}
