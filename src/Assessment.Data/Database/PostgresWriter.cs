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

    // The data source belongs to AssessmentDb, which disposes it.
    public override void Dispose() { }
}
