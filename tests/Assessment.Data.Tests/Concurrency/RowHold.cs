using System.Data.Common;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Tests.Concurrency;

/// <summary>
/// A barrier for two writers on PostgreSQL: the test's own transaction holds a lock that both writers' statements
/// need (the rows they change, or a row their foreign keys reference), so each runs up to that statement and waits.
/// Released once <c>n</c> backends of the test's database wait for a lock, the writers go on at the same moment,
/// having both read: the interleaving a store must survive. On SQLite there is nothing to hold (the one writer runs
/// them one after the other), so the same test checks the same outcome there.
/// </summary>
internal sealed class RowHold : IDisposable
{
    private readonly AssessmentDb db;
    private readonly DbConnection? connection;
    private readonly DbTransaction? transaction;

    private RowHold(AssessmentDb db, DbConnection? connection, DbTransaction? transaction)
    {
        this.db = db;
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Runs <paramref name="lockingSelect"/> (a SELECT … FOR SHARE / FOR UPDATE) in a transaction kept open.</summary>
    public static RowHold Take(AssessmentDb db, string lockingSelect, object? param = null)
    {
        if (db.Dialect == SqlDialect.Sqlite) return new RowHold(db, null, null);
        var c = db.OpenRead();
        var tx = c.BeginTransaction();
        Assert.NotEmpty(c.Query(lockingSelect, param, tx).AsList());
        return new RowHold(db, c, tx);
    }

    /// <summary>Holds <paramref name="table"/> in SHARE mode: reads go on, every insert, update or delete of it waits.</summary>
    public static RowHold TakeTable(AssessmentDb db, string table)
    {
        if (db.Dialect == SqlDialect.Sqlite) return new RowHold(db, null, null);
        var c = db.OpenRead();
        var tx = c.BeginTransaction();
        c.Execute($"LOCK TABLE {table} IN SHARE MODE", transaction: tx);
        return new RowHold(db, c, tx);
    }

    /// <summary>Waits until <paramref name="writers"/> backends wait for a lock, then lets them go.</summary>
    public async Task ReleaseWhenWaiting(int writers)
    {
        if (transaction is null) return;
        await WaitingForLocks(db, writers);
        transaction.Rollback();
    }

    /// <summary>Polls (on a connection of its own: a transaction keeps one snapshot of the statistics) until enough wait.</summary>
    public static async Task WaitingForLocks(AssessmentDb db, int writers)
    {
        using var watch = db.OpenRead();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (watch.ExecuteScalar<long>(
                   "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") < writers)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{writers} writers never waited for a lock within 60 s");
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        transaction?.Dispose();
        connection?.Dispose();
    }
}
