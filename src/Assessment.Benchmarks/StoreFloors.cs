using System.Diagnostics;
using Assessment.Data.Database;
using Assessment.Data.Scores;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Assessment.Benchmarks;

/// <summary>
/// The floors of the store benchmark: the same amount of work with nothing of the app's around it, measured in the same
/// run on the same database, so that a noisy machine moves both. Each is the fastest way in from .NET on its provider:
/// SQLite's own prepare/bind/step API, PostgreSQL's binary COPY and one data reader.
/// </summary>
internal static class StoreFloors
{
    /// <summary>
    /// The write floor of the import: as many answer and audit rows, bare (the answers keyed as the real table is, no
    /// other constraint, no other index), in one transaction with its COMMIT.
    /// </summary>
    public static void BareInserts(AssessmentDb db, long rows)
    {
        db.Writer.Write((c, tx) =>
        {
            c.Execute(db.Path is null
                ? "CREATE TABLE bare_answers (a bigint, b text, c text, PRIMARY KEY (a, b)); CREATE TABLE bare_audit (at text, actor text, entity_key text, new_value text)"
                : "CREATE TABLE bare_answers (a INTEGER, b TEXT, c TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID; CREATE TABLE bare_audit (at TEXT, actor TEXT, entity_key TEXT, new_value TEXT)",
                transaction: tx);
            if (c is NpgsqlConnection postgres) CopyRows(postgres, rows);
            else StepRows((SqliteConnection)c, rows);
            return 0;
        });
        // Dropped in a transaction of its own, so the floor above paid for its COMMIT (WAL write and fsync) as the import does.
        db.Writer.Write((c, tx) => c.Execute("DROP TABLE bare_answers; DROP TABLE bare_audit", transaction: tx));
    }

    private static void StepRows(SqliteConnection c, long rows)
    {
        var h = c.Handle!;
        Ok(raw.sqlite3_prepare_v2(h, "INSERT INTO bare_answers VALUES (?1, ?2, ?3)", out var answer));
        Ok(raw.sqlite3_prepare_v2(h, "INSERT INTO bare_audit VALUES ('2026-11-23T00:00:00Z', 'bench', ?1, ?2)", out var audit));
        using (answer)
        using (audit)
            for (long i = 0; i < rows; i++)
            {
                raw.sqlite3_bind_int64(answer, 1, i / 80);
                raw.sqlite3_bind_text(answer, 2, "item" + (i % 80));
                raw.sqlite3_bind_text(answer, 3, "3");
                Ok(raw.sqlite3_step(answer));
                raw.sqlite3_reset(answer);
                raw.sqlite3_bind_text(audit, 1, "answer:" + i);
                raw.sqlite3_bind_text(audit, 2, "3");
                Ok(raw.sqlite3_step(audit));
                raw.sqlite3_reset(audit);
            }
    }

    /// <summary>The same rows through two binary COPYs, one per table, sent as the import sends them (batches of 2,048).</summary>
    private static void CopyRows(NpgsqlConnection c, long rows)
    {
        const int batch = 2048;
        for (long start = 0; start < rows; start += batch)
        {
            var end = Math.Min(rows, start + batch);
            using (var answers = c.BeginBinaryImport("COPY bare_answers (a, b, c) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = start; i < end; i++)
                {
                    answers.StartRow();
                    answers.Write(i / 80, NpgsqlDbType.Bigint);
                    answers.Write("item" + (i % 80), NpgsqlDbType.Text);
                    answers.Write("3", NpgsqlDbType.Text);
                }
                answers.Complete();
            }
            using var audit = c.BeginBinaryImport("COPY bare_audit (at, actor, entity_key, new_value) FROM STDIN (FORMAT BINARY)");
            for (var i = start; i < end; i++)
            {
                audit.StartRow();
                audit.Write("2026-11-23T00:00:00Z", NpgsqlDbType.Text);
                audit.Write("bench", NpgsqlDbType.Text);
                audit.Write("answer:" + i, NpgsqlDbType.Text);
                audit.Write("3", NpgsqlDbType.Text);
            }
            audit.Complete();
        }
    }

    /// <summary>
    /// The read floor of the scoring: the rows its query reads, by the same SQL, each column fetched, nothing else. On
    /// SQLite stepped through SQLite's own API as RoundScores does (the integer as a long, the texts as their UTF-8
    /// bytes): a data reader takes about half as long again, and Dapper's mapping three times as long, so either would
    /// flatter the ratio. On PostgreSQL one data reader with SequentialAccess, as RoundScores reads it.
    /// </summary>
    public static int BareSelect(AssessmentDb db, long roundId)
    {
        using var c = db.OpenRead();
        if (c is not SqliteConnection sqlite) return BareRead(c, roundId);
        Ok(raw.sqlite3_prepare_v2(sqlite.Handle!, RoundScores.AnswersSql(RoundScores.InRound), out var select));
        using (select)
        {
            raw.sqlite3_bind_int64(select, raw.sqlite3_bind_parameter_index(select, "@roundId"), roundId);
            var (rows, sum) = (0, 0L);
            while (raw.sqlite3_step(select) == raw.SQLITE_ROW)
            {
                sum += raw.sqlite3_column_int64(select, 0) + raw.sqlite3_column_blob(select, 1).Length + raw.sqlite3_column_blob(select, 2).Length;
                rows++;
            }
            return sum > 0 ? rows : 0;
        }
    }

    private static int BareRead(System.Data.Common.DbConnection c, long roundId)
    {
        using var command = c.CreateCommand();
        command.CommandText = RoundScores.AnswersSql(RoundScores.InRound);
        var p = command.CreateParameter();
        (p.ParameterName, p.Value) = ("@roundId", roundId);
        command.Parameters.Add(p);
        using var reader = command.ExecuteReader(System.Data.CommandBehavior.SequentialAccess);
        var (rows, sum) = (0, 0L);
        while (reader.Read())
        {
            sum += reader.GetInt64(0) + reader.GetString(1).Length + reader.GetString(2).Length;
            rows++;
        }
        return sum > 0 ? rows : 0;
    }

    /// <summary>
    /// The floor of a save: <paramref name="writers"/> tasks each changing one row of a bare table again and again, each
    /// change a write of its own through the store's writer as the save goes through it (WriteAwaitingAsync, with its COMMIT: SQLite's group commit, a pooled
    /// connection's transaction on PostgreSQL), nothing read or checked. Latencies in milliseconds.
    /// </summary>
    public static double[] BareSaves(AssessmentDb db, int writers, int savesEach)
    {
        db.Writer.Write((c, tx) => c.Execute("CREATE TABLE bare_saves (id bigint PRIMARY KEY, v bigint NOT NULL)", transaction: tx));
        db.Writer.Write((c, tx) => c.Execute("INSERT INTO bare_saves (id, v) VALUES (@id, 0)", Enumerable.Range(0, writers).Select(id => new { id = (long)id }), tx));
        var latencies = new double[writers * savesEach];
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < savesEach; i++)
            {
                var watch = Stopwatch.StartNew();
                await db.Writer.WriteAwaitingAsync((c, tx) => c.ExecuteAsync("UPDATE bare_saves SET v = @v WHERE id = @id", new { v = (long)i, id = (long)w }, tx));
                latencies[w * savesEach + i] = watch.Elapsed.TotalMilliseconds;
            }
        })).ToArray();
        Task.WaitAll(tasks);
        db.Writer.Write((c, tx) => c.Execute("DROP TABLE bare_saves", transaction: tx));
        return latencies;
    }

    private static void Ok(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE)) throw new InvalidOperationException($"SQLite error {rc}");
    }
}
