using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Database;

public class PreparedCommandTests
{
    [Fact]
    public void Runs_many_times_with_fixed_and_per_row_values_and_reads_one_value_back()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var (ids, missing) = db.Writer.Write((c, tx) =>
        {
            c.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, note TEXT, at TEXT NOT NULL)", transaction: tx);
            using var insert = new PreparedCommand((SqliteConnection)c, (SqliteTransaction)tx, "INSERT INTO t (name, score, note, at) VALUES ($name, $score, $note, $at) RETURNING id",
                "$name", "$score", "$note", "$at").With("$at", "2026-12-01");
            using var find = new PreparedCommand((SqliteConnection)c, (SqliteTransaction)tx, "SELECT id FROM t WHERE name = $name", "$name");
            var ids = new[] { insert.Scalar("一", 1.5, null), insert.Scalar("two", 2L, "n"), insert.Scalar("three", 3, DBNull.Value) };
            return (ids, find.Scalar("four"));
        });

        Assert.Equal([1L, 2L, 3L], ids);
        Assert.Null(missing);
        using var r = db.OpenRead();
        Assert.Equal([("一", 1.5, null, "2026-12-01"), ("two", 2.0, "n", "2026-12-01"), ("three", 3.0, null, "2026-12-01")],
            r.Query<(string, double, string?, string)>("SELECT name, score, note, at FROM t ORDER BY id"));
    }

    [Fact]
    public void A_constraint_violation_throws_the_providers_exception_and_rolls_the_write_back()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        db.Writer.Write((c, tx) => c.Execute("CREATE TABLE t (name TEXT NOT NULL UNIQUE)", transaction: tx));

        var error = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) =>
        {
            using var insert = new PreparedCommand((SqliteConnection)c, (SqliteTransaction)tx, "INSERT INTO t (name) VALUES ($name)", "$name");
            insert.Execute("a");
            return insert.Execute("a");
        }));

        Assert.Contains("UNIQUE", error.Message);
        using var r = db.OpenRead();
        Assert.Equal(0, r.ExecuteScalar<long>("SELECT count(*) FROM t"));
        Assert.Throws<ArgumentException>(() => db.Writer.Write((c, tx) => new PreparedCommand((SqliteConnection)c, (SqliteTransaction)tx, "SELECT $a", "$b")));
    }

    [Fact]
    public void A_parameter_the_statement_does_not_have_is_named_in_the_error()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();

        var error = Assert.Throws<ArgumentException>(() => db.Writer.Write((c, tx) =>
        {
            using var select = new PreparedCommand((SqliteConnection)c, (SqliteTransaction)tx, "SELECT 1 WHERE 1 = $one", "$one", "$two");
            return 0;
        }));

        Assert.Contains("$two", error.Message, StringComparison.Ordinal);
    }
}
