using System.Data;
using System.Data.Common;
using Npgsql;

namespace Assessment.Data.Database;

/// <summary>
/// PostgreSQL's writer: each write in its own READ COMMITTED transaction on a connection from the pool, so writes of
/// this process and of other app nodes run side by side and the server orders them. No group commit: the server
/// already shares one WAL flush between transactions that commit together.
/// </summary>
internal sealed class PostgresWriter(NpgsqlDataSource source) : StoreWriter
{
    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken cancellation = default) =>
        // On the pool: a write may wait for a row lock, and the caller (a page) must not be blocked meanwhile.
        Task.Run(() =>
        {
            using var c = source.OpenConnection();
            using var tx = c.BeginTransaction(IsolationLevel.ReadCommitted);
            var result = work(c, tx);
            tx.Commit();
            return result;
        }, cancellation);

    public override async Task<T> WriteAwaitingAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellation = default)
    {
        // Cancelled only until the work starts (a pooled connection is handed out without looking at the token, hence
        // the check); once the work runs, it commits or rolls back as a whole.
        cancellation.ThrowIfCancellationRequested();
        await using var c = await source.OpenConnectionAsync(cancellation).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(IsolationLevel.ReadCommitted, CancellationToken.None).ConfigureAwait(false);
        var result = await work(c, tx).ConfigureAwait(false);
        await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    // The data source belongs to AssessmentDb, which disposes it.
    public override void Dispose() { }
}
