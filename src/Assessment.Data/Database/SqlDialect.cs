using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assessment.Data.Database;

/// <summary>Which rule of the schema refused a write: the same five on both providers (ConstraintParityTests).</summary>
public enum ConstraintKind { Key, ForeignKey, Check, NotNull, Trigger }

/// <summary>
/// What differs between SQLite and PostgreSQL once the schema exists, in one place: the few SQL functions that have
/// another name, the locks a write takes on what its decision rests on (SQLite's one writer needs none), how a
/// snapshot read begins, and how each provider reports a full disk or a refused constraint.
/// Statements that can be written to run on both (<c>x ? 1 : 0</c> for flags, <c>CAST(... AS bigint)</c>, full
/// GROUP BY lists) are written that way in the stores; only what cannot is here. Decided once, when the database is
/// opened (<see cref="AssessmentDb.Dialect"/>).
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();
    public static SqlDialect Postgres { get; } = new PostgresDialect();

    /// <summary>The dialect of an open connection, for code handed only a connection.</summary>
    public static SqlDialect Of(DbConnection c) => c is SqliteConnection ? Sqlite : Postgres;

    public abstract string Name { get; }

    public abstract MigrationDialect Migrations { get; }

    /// <summary>A condition true when <paramref name="needle"/> occurs in <paramref name="haystack"/> (both SQL expressions).</summary>
    public abstract string Contains(string haystack, string needle);

    /// <summary>
    /// The end of a SELECT inside a write that must not see the rows it read change before it commits (the statuses that
    /// decide whether answers may be written): PostgreSQL's <c>FOR SHARE OF</c> those tables, so a concurrent status change
    /// waits for this write or this read waits for it and sees its result. Nothing on SQLite, whose one writer already
    /// runs writes one after another.
    /// </summary>
    public abstract string ForShare(string tables);

    /// <summary>
    /// The end of a SELECT inside a write whose decision rests on the rows it reads and which will change them or what
    /// depends on them (a status step, the last administrator, a failed sign-in count, the answers an import replaces):
    /// PostgreSQL's <c>FOR NO KEY UPDATE OF</c> those tables, the lock an UPDATE takes, so a second writer of the same
    /// rows (and a save holding <see cref="ForShare"/> on them) waits for this one to commit and then reads its result.
    /// NO KEY: inserts that only reference the rows (comments, assignments) need not wait. Nothing on SQLite.
    /// </summary>
    public abstract string ForUpdate(string tables);

    /// <summary>
    /// Makes writers of <paramref name="table"/> whose decision rests on the whole table (the jurisdiction upsert's
    /// cycle check and its audited old values) run one after another, while reads go on: PostgreSQL's
    /// <c>LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE</c> (it conflicts with itself and with every row change of the table,
    /// not with reads or foreign-key checks), held until the transaction ends. Nothing on SQLite.
    /// </summary>
    public abstract void LockForWriters(DbConnection c, DbTransaction tx, string table);

    /// <summary>
    /// A condition true when <paramref name="column"/> is one of the values of the list parameter <paramref name="parameter"/>
    /// (pass an array): SQLite gets <c>IN @p</c>, which Dapper expands to one parameter per value; Npgsql takes the
    /// array as one parameter, which PostgreSQL compares with <c>= ANY</c>.
    /// </summary>
    public abstract string In(string column, string parameter);

    /// <summary>
    /// A read-only transaction whose statements all see the same committed moment (the round's responses, reconciled
    /// answers and answers read by three statements).
    /// </summary>
    public abstract DbTransaction BeginSnapshotRead(DbConnection c);

    /// <summary>The disk (or the database's size limit) is full: the write was rolled back and may be retried later.</summary>
    public abstract bool IsStorageFull(Exception e);

    /// <summary>The schema rule that refused a statement, or null when the error is something else.</summary>
    public abstract ConstraintKind? Refusal(Exception e);

    public override string ToString() => Name;

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Name => "SQLite";
        public override MigrationDialect Migrations => MigrationDialect.Sqlite;
        public override string Contains(string haystack, string needle) => $"instr({haystack}, {needle}) > 0";
        public override string In(string column, string parameter) => $"{column} IN {parameter}";
        public override string ForShare(string tables) => "";
        public override string ForUpdate(string tables) => "";
        public override void LockForWriters(DbConnection c, DbTransaction tx, string table) { }

        // Deferred: a plain BEGIN takes no lock until the first read, and a read-only transaction never takes the
        // write lock (Microsoft.Data.Sqlite's default would be BEGIN IMMEDIATE, which waits for the writer).
        public override DbTransaction BeginSnapshotRead(DbConnection c) => ((SqliteConnection)c).BeginTransaction(deferred: true);

        public override bool IsStorageFull(Exception e) => e is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL };

        // The extended result codes (sqlite3.h): 1555/2067 primary key/unique, 787 foreign key, 275 check,
        // 1299 not null, 1811 a trigger's RAISE(ABORT).
        public override ConstraintKind? Refusal(Exception e) => (e as SqliteException)?.SqliteExtendedErrorCode switch
        {
            1555 or 2067 => ConstraintKind.Key,
            787 => ConstraintKind.ForeignKey,
            275 => ConstraintKind.Check,
            1299 => ConstraintKind.NotNull,
            1811 => ConstraintKind.Trigger,
            _ => null,
        };
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Name => "PostgreSQL";
        public override MigrationDialect Migrations => MigrationDialect.Postgres;
        public override string Contains(string haystack, string needle) => $"strpos({haystack}, {needle}) > 0";
        public override string In(string column, string parameter) => $"{column} = ANY({parameter})";
        public override string ForShare(string tables) => $"FOR SHARE OF {tables}";
        public override string ForUpdate(string tables) => $"FOR NO KEY UPDATE OF {tables}";

        public override void LockForWriters(DbConnection c, DbTransaction tx, string table)
        {
            using var command = c.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE";
            command.ExecuteNonQuery();
        }

        // READ COMMITTED (the default) takes a new snapshot per statement; REPEATABLE READ keeps the first one.
        public override DbTransaction BeginSnapshotRead(DbConnection c)
        {
            var tx = c.BeginTransaction(IsolationLevel.RepeatableRead);
            using var readOnly = c.CreateCommand();
            readOnly.Transaction = tx;
            readOnly.CommandText = "SET TRANSACTION READ ONLY";
            readOnly.ExecuteNonQuery();
            return tx;
        }

        public override bool IsStorageFull(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.DiskFull };

        // 0002's refuse_change() raises integrity_constraint_violation (23000) for the append-only and immutable rows.
        public override ConstraintKind? Refusal(Exception e) => (e as PostgresException)?.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => ConstraintKind.Key,
            PostgresErrorCodes.ForeignKeyViolation => ConstraintKind.ForeignKey,
            PostgresErrorCodes.CheckViolation => ConstraintKind.Check,
            PostgresErrorCodes.NotNullViolation => ConstraintKind.NotNull,
            PostgresErrorCodes.IntegrityConstraintViolation => ConstraintKind.Trigger,
            _ => null,
        };
    }
}
