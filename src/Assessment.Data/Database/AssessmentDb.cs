using System.Data.Common;
using Assessment.Data.Jurisdictions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Assessment.Data.Database;

/// <summary>
/// One Assessment database, an SQLite file or a PostgreSQL database (<see cref="Dialect"/>, decided at open): migrated
/// on open, read through a short-lived connection per operation, written only through <see cref="Writer"/>.
/// </summary>
public sealed class AssessmentDb : IDisposable
{
    private readonly string? readConnectionString; // SQLite's
    private readonly NpgsqlDataSource? postgres;

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? Path { get; }
    /// <summary>Where the data is, for messages and logs: the file, or postgres://user@host:port/database (never a password).</summary>
    public string Location { get; }
    public SqlDialect Dialect { get; }
    public TimeProvider Time { get; }
    public StoreWriter Writer { get; }
    /// <summary>sqlite_version(), or PostgreSQL's server_version.</summary>
    public string ServerVersion { get; }
    internal SnapshotCache Snapshots { get; } = new();

    private AssessmentDb(SqlDialect dialect, string? path, string location, TimeProvider time, StoreWriter writer,
        string? readConnectionString, NpgsqlDataSource? postgres, string serverVersion)
    {
        Dialect = dialect;
        Path = path;
        Location = location;
        Time = time;
        Writer = writer;
        this.readConnectionString = readConnectionString;
        this.postgres = postgres;
        ServerVersion = serverVersion;
    }

    /// <summary>The database <paramref name="location"/> names: an SQLite file or a PostgreSQL database.</summary>
    public static AssessmentDb Open(DatabaseLocation location, TimeProvider? time = null, ILogger? logger = null) =>
        location.PostgresConnectionString is { } cs ? OpenPostgres(cs, time, logger) : Open(location.SqliteFile!, time, logger);

    /// <summary>
    /// Opens and migrates a PostgreSQL database (an Npgsql connection string; the database must exist and sort by code
    /// point: the migrator refuses another collation and says how to create one), then names reference jurisdictions
    /// as <see cref="Open(string, TimeProvider?, ILogger?)"/> does.
    /// </summary>
    public static AssessmentDb OpenPostgres(string connectionString, TimeProvider? time = null, ILogger? logger = null) =>
        WithEnglishNames(OpenPostgres(connectionString, MigrationDialect.Postgres.Scripts, time, logger), logger);

    internal static AssessmentDb OpenPostgres(string connectionString, IReadOnlyList<Migration> migrations, TimeProvider? time, ILogger? logger)
    {
        time ??= TimeProvider.System;
        logger ??= NullLogger.Instance;
        var source = NpgsqlDataSource.Create(connectionString);
        try
        {
            var location = DatabaseLocation.Describe(connectionString);
            using (var c = source.OpenConnection())
            {
                var version = c.ExecuteScalar<string>("SHOW server_version")!;
                logger.LogInformation("PostgreSQL {ServerVersion} at {Database}", version, location);
                var applied = Migrator.Apply(c, MigrationDialect.Postgres, migrations, time);
                foreach (var m in applied) logger.LogInformation("Applied migration {Migration}", m.Name);
                return new AssessmentDb(SqlDialect.Postgres, null, location, time, new PostgresWriter(source), null, source, version);
            }
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens (creating the file and its folder on first start) and migrates the database, then gives reference
    /// jurisdictions loaded before the reference data had English names their English names.
    /// </summary>
    /// <exception cref="MigrationException">The database was changed by a different schema than this program's.</exception>
    public static AssessmentDb Open(string path, TimeProvider? time = null, ILogger? logger = null) =>
        WithEnglishNames(Open(path, Migrator.Embedded, time, logger), logger);

    private static AssessmentDb WithEnglishNames(AssessmentDb db, ILogger? logger)
    {
        try
        {
            var named = ChinaDivision.FillEnglishNames(db);
            if (named > 0) (logger ?? NullLogger.Instance).LogInformation("Gave {Count} reference jurisdictions their English names", named);
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    internal static AssessmentDb Open(string path, IReadOnlyList<Migration> migrations, TimeProvider? time, ILogger? logger)
    {
        time ??= TimeProvider.System;
        logger ??= NullLogger.Instance;
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            // The writer is held for the life of the process and must really close at the end (its close is the
            // final checkpoint), so it is not pooled; read connections are.
            Pooling = false,
        };
        var writeConnection = new SqliteConnection(builder.ToString());
        try
        {
            writeConnection.Open();
            ConfigureWriter(writeConnection);
            var version = writeConnection.ExecuteScalar<string>("SELECT sqlite_version()")!;
            logger.LogInformation("SQLite {SqliteVersion} at {DatabasePath}", version, full);
            if (Version.TryParse(version, out var v) && v < new Version(3, 51, 3))
                logger.LogInformation(
                    "SQLite {SqliteVersion} predates the WAL-reset fix of 3.51.3; all writes go through one connection", version);

            var applied = Migrator.Apply(writeConnection, migrations, time);
            foreach (var m in applied) logger.LogInformation("Applied migration {Migration}", m.Name);

            builder.Mode = SqliteOpenMode.ReadWrite;
            builder.Pooling = true;
            return new AssessmentDb(SqlDialect.Sqlite, full, full, time, new SingleWriter(writeConnection), builder.ToString(), null, version);
        }
        catch
        {
            writeConnection.Dispose();
            throw;
        }
    }

    private static void ConfigureWriter(SqliteConnection connection)
    {
        // WAL: readers never block the writer and see the last committed state.
        connection.Execute("PRAGMA journal_mode = WAL");
        // FULL, knowingly: in WAL mode NORMAL already survives a killed process, but a power cut or OS crash can
        // lose the last commits. "Saved" must mean saved, so every COMMIT syncs the WAL; the cost is one fsync
        // per save, well inside the 10 ms budget on a local disk.
        connection.Execute("PRAGMA synchronous = FULL");
        // Wait for a lock (another process, e.g. the command line next to the app) instead of failing at once.
        connection.Execute("PRAGMA busy_timeout = 30000");
        // 64 MiB of page cache for the one long-lived writer (default 2 MiB): a large import then keeps its
        // B-tree pages in memory until COMMIT instead of spilling them to the WAL mid-transaction.
        connection.Execute("PRAGMA cache_size = -65536");
        // Statement and savepoint journals in memory. Every write runs inside a savepoint (SingleWriter), so a
        // statement that needs a statement journal (an upsert, an UPDATE with foreign keys) copies the page it
        // changes into the sub-journal first; once that passes 64 KiB it spills to a temporary file and each
        // such statement becomes a 4 KiB write system call: measured, a 1,000,000-answer import spent over
        // half its time there. The sub-journal only ever holds pages of the open transaction.
        connection.Execute("PRAGMA temp_store = MEMORY");
    }

    /// <summary>A new read connection; dispose it when the operation ends. Never write through it.</summary>
    public DbConnection OpenRead()
    {
        if (postgres is not null) return postgres.OpenConnection();
        var connection = new SqliteConnection(readConnectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 30000");
        return connection;
    }

    /// <summary>The SQLite writer, for what only SQLite can do (the backup API's restore); null on PostgreSQL.</summary>
    internal SingleWriter? SqliteWriter => Writer as SingleWriter;

    public void Dispose()
    {
        if (postgres is not null)
        {
            Writer.Dispose();
            postgres.Dispose();
            return;
        }
        // Pooled read connections go first so the writer is the last to close and the one to checkpoint.
        using (var read = new SqliteConnection(readConnectionString)) SqliteConnection.ClearPool(read);
        Writer.Dispose();
    }
}
