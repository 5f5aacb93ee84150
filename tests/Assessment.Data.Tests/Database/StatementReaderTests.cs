using System.Text;
using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Database;

public class StatementReaderTests
{
    [Fact]
    public void Reads_rows_with_named_parameters_and_gives_texts_as_their_utf8_bytes()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        db.Writer.Write((c, tx) => c.Execute("""
            CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NULL, kind TEXT NOT NULL);
            INSERT INTO t VALUES (1, '浙江', 'a'), (2, NULL, 'a'), (3, 'skip', 'b');
            """, transaction: tx));
        using var c = db.OpenRead();

        var rows = new List<(long, string?, string)>();
        using (var reader = new StatementReader((SqliteConnection)c, "SELECT id, name, name FROM t WHERE kind = @kind ORDER BY id", new Dictionary<string, object?> { ["@kind"] = "a" }))
            while (reader.Read())
                rows.Add((reader.Int64(0), reader.String(1), reader.IsNull(2) ? "null" : Encoding.UTF8.GetString(reader.Utf8(2))));

        Assert.Equal([(1L, "浙江", "浙江"), (2L, null, "null")], rows);
    }

    [Fact]
    public void A_parameter_the_statement_does_not_have_is_named_in_the_error()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        using var c = db.OpenRead();

        var error = Assert.Throws<ArgumentException>(() => new StatementReader((SqliteConnection)c, "SELECT 1 WHERE 1 = @one", new Dictionary<string, object?> { ["@two"] = 2 }));

        Assert.Contains("@two", error.Message, StringComparison.Ordinal);
    }
}
