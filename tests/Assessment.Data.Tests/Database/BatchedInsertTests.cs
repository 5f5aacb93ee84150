using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Tests.Database;

public class BatchedInsertTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_row_is_written_in_order_with_its_constants_whether_or_not_it_fills_a_statement(int rows)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        db.Writer.Write((c, tx) =>
        {
            c.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, kind TEXT NOT NULL, at TEXT NOT NULL)", transaction: tx);
            using var insert = new BatchedInsert(c, tx, "INSERT INTO t (name, score, kind, at) VALUES", "({0}, {1}, 'k', $at)", width: 2,
                rowsPerStatement: 3, "$at").With("$at", "2026-12-01");
            for (var i = 0; i < rows; i++) insert.Add($"行{i}", i % 2 == 0 ? null : i * 1.5);
            insert.Flush();
            return 0;
        });

        using var r = db.OpenRead();
        Assert.Equal(Enumerable.Range(0, rows).Select(i => ($"行{i}", i % 2 == 0 ? (double?)null : i * 1.5, "k", "2026-12-01")),
            r.Query<(string, double?, string, string)>("SELECT name, score, kind, at FROM t ORDER BY id"));
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();

        var error = Assert.Throws<ArgumentException>(() => db.Writer.Write((c, tx) =>
        {
            c.Execute("CREATE TABLE t (a TEXT, b TEXT)", transaction: tx);
            using var insert = new BatchedInsert(c, tx, "INSERT INTO t (a, b) VALUES", "({0}, {1})", width: 2, rowsPerStatement: 4);
            insert.Add("only one");
            return 0;
        }));

        Assert.Contains("2 values, not 1", error.Message, StringComparison.Ordinal);
    }
}
