using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assessment.Data.Database;

/// <summary>
/// One forward-only read of many rows, for the read that moves a national round's answers into memory: SQLite's
/// through its own statement API (<see cref="StatementReader"/>), PostgreSQL's as one streamed NpgsqlDataReader in
/// sequential access (each column read once, in order). Text can be read as UTF-8 bytes.
/// </summary>
internal abstract class StreamedRows : IDisposable
{
    /// <param name="parameters">Named as in the SQL ("@roundId").</param>
    public static StreamedRows Open(DbConnection c, DbTransaction tx, string sql, IEnumerable<KeyValuePair<string, object?>> parameters) => c switch
    {
        SqliteConnection sqlite => new StatementReader(sqlite, sql, parameters),
        NpgsqlConnection postgres => new PostgresRows(postgres, (NpgsqlTransaction)tx, sql, parameters),
        _ => throw new NotSupportedException($"No streamed read for {c.GetType().Name}."),
    };

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool Read();

    public abstract long Int64(int column);

    /// <summary>A text column's bytes (UTF-8), valid only until the next <see cref="Read"/> (the columns of one row side by side).</summary>
    public abstract ReadOnlySpan<byte> Utf8(int column);

    public abstract void Dispose();

    private sealed class PostgresRows : StreamedRows
    {
        private readonly NpgsqlCommand command;
        private readonly NpgsqlDataReader reader;
        // One buffer per column: the spans of several columns of a row are used together.
        private readonly byte[][] buffers;

        public PostgresRows(NpgsqlConnection c, NpgsqlTransaction tx, string sql, IEnumerable<KeyValuePair<string, object?>> parameters)
        {
            command = new NpgsqlCommand(sql, c, tx);
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
            buffers = Enumerable.Range(0, reader.FieldCount).Select(_ => new byte[256]).ToArray();
        }

        public override bool Read() => reader.Read();

        public override long Int64(int column) => reader.GetInt64(column);

        public override ReadOnlySpan<byte> Utf8(int column)
        {
            var text = reader.GetString(column);
            var length = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (buffers[column].Length < length) buffers[column] = new byte[Math.Max(length, buffers[column].Length * 2)];
            return buffers[column].AsSpan(0, Encoding.UTF8.GetBytes(text, buffers[column]));
        }

        public override void Dispose()
        {
            reader.Dispose();
            command.Dispose();
        }
    }
}
