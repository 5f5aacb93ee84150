using System.Data.Common;
using Assessment.Data.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assessment.Data.Tests.Postgres;

/// <summary>An empty database of each provider with all its migrations applied: SQLite in a temporary file, PostgreSQL in a database of its own.</summary>
internal sealed class MigratedPair : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly PostgresDatabase database = new();

    public SqliteConnection Sqlite { get; }
    public NpgsqlConnection Postgres { get; }

    public MigratedPair()
    {
        // Foreign keys on, as AssessmentDb opens every connection.
        Sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp.File("pair.db"), ForeignKeys = true, Pooling = false }.ToString());
        Sqlite.Open();
        Migrator.Apply(Sqlite, Migrator.Embedded, TimeProvider.System);
        Postgres = database.Open();
        Migrator.Apply(Postgres, MigrationDialect.Postgres, MigrationDialect.Postgres.Scripts, TimeProvider.System);
    }

    public IEnumerable<(string Provider, DbConnection Connection)> Both => [("sqlite", Sqlite), ("postgres", Postgres)];

    public void Dispose()
    {
        Sqlite.Dispose();
        Postgres.Dispose();
        database.Dispose();
        temp.Dispose();
    }
}
