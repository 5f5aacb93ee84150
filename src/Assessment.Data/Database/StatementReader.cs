using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Assessment.Data.Database;

/// <summary>
/// A forward-only read through SQLite's own statement API, for the one read that moves a national round's answers
/// (700,000 rows) into memory. Measured on those rows, stepping the statement directly costs about a third less than a
/// SqliteDataReader, and text columns can be looked at as UTF-8 bytes without building a string for each. Everything
/// else reads through Dapper. Parameters are named as in the SQL ("@roundId").
/// </summary>
internal sealed class StatementReader : StreamedRows
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public StatementReader(SqliteConnection c, string sql, IEnumerable<KeyValuePair<string, object?>> parameters)
    {
        db = c.Handle ?? throw new InvalidOperationException("The connection is not open.");
        PreparedCommand.Check(db, raw.sqlite3_prepare_v2(db, sql, out statement));
        try
        {
            foreach (var (name, value) in parameters)
            {
                var position = raw.sqlite3_bind_parameter_index(statement, name);
                if (position <= 0) throw new ArgumentException($"The statement has no parameter {name}: {sql}");
                PreparedCommand.Bind(db, statement, position, value);
            }
        }
        catch
        {
            statement.Dispose(); // nobody else holds it to finalize
            throw;
        }
    }

    public override bool Read()
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW) return true;
        PreparedCommand.Check(db, rc);
        return false;
    }

    public override long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public override ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);

    public string? String(int column) => IsNull(column) ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    public override void Dispose() => statement.Dispose();
}
