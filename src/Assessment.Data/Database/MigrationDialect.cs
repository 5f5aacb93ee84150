using System.Data.Common;
using Dapper;

namespace Assessment.Data.Database;

/// <summary>
/// What differs between the providers when migrating, in one place: the numbered scripts (Migrations/*.sql for SQLite,
/// Migrations/Postgres/*.sql for PostgreSQL: same numbers and names, each provider's SQL, each its own checksums),
/// the DDL of schema_version, and how the migrating transaction keeps a second migrator out.
/// </summary>
public sealed class MigrationDialect
{
    public static MigrationDialect Sqlite { get; } = new(
        "SQLite", "Assessment.Data.Migrations.",
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """,
        // The transaction is BEGIN IMMEDIATE: it holds the database's write lock from its start.
        lockSql: null,
        check: null);

    public static MigrationDialect Postgres { get; } = new(
        "PostgreSQL", "Migrations.Postgres.",
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    bigint NOT NULL PRIMARY KEY,
            name       text NOT NULL,
            checksum   text NOT NULL,
            applied_at text NOT NULL
        )
        """,
        // Several app nodes may start at once against one database: the first to take this lock migrates, the others
        // wait and then find nothing pending. Released at COMMIT or ROLLBACK. The key is arbitrary but fixed.
        lockSql: "SELECT pg_advisory_xact_lock(7315200015)",
        check: RequireCodePointOrder);

    private MigrationDialect(string name, string resourcePrefix, string schemaVersionDdl, string? lockSql, Action<DbConnection, DbTransaction>? check)
    {
        Name = name;
        SchemaVersionDdl = schemaVersionDdl;
        LockSql = lockSql;
        Check = check;
        // The prefix of the manifest resource names of this provider's scripts (Assessment.Data.csproj).
        scripts = new Lazy<IReadOnlyList<Migration>>(() => Migrator.LoadEmbedded(resourcePrefix));
    }

    private readonly Lazy<IReadOnlyList<Migration>> scripts;

    public string Name { get; }

    internal string SchemaVersionDdl { get; }

    internal string? LockSql { get; }

    /// <summary>Refuses a database the scripts must not be applied to (a MigrationException saying how to make one that fits).</summary>
    internal Action<DbConnection, DbTransaction>? Check { get; }

    /// <summary>This provider's numbered scripts, embedded in Assessment.Data, in order.</summary>
    public IReadOnlyList<Migration> Scripts => scripts.Value;

    public override string ToString() => Name;

    /// <summary>
    /// The stores sort and compare text (codes, user names, item ids, ISO timestamps) and expect SQLite's BINARY order:
    /// code point order. A database with a language's collation would sort them differently and silently, so it is
    /// refused: libc's C, POSIX or C.UTF-8 sort by code point.
    /// </summary>
    private static void RequireCodePointOrder(DbConnection connection, DbTransaction tx)
    {
        var (provider, collation) = connection.QuerySingle<(string, string)>(
            "SELECT datlocprovider::text, datcollate FROM pg_database WHERE datname = current_database()", transaction: tx);
        if (provider == "c" && collation is "C" or "POSIX" or "C.UTF-8" or "C.utf8") return;
        throw new MigrationException(
            $"The PostgreSQL database sorts text by {(provider == "c" ? "the collation " + collation : "an ICU collation")}; Assessment needs code " +
            "point order, as SQLite has. Create the database with: CREATE DATABASE <name> TEMPLATE template0 ENCODING 'UTF8' " +
            "LC_COLLATE 'C' LC_CTYPE 'C' (docs/postgres.md).");
    }
}
