using Assessment.Data.Database;
using Assessment.Data.Tests.Postgres;
using Assessment.Data.Tests.Stores;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assessment.Data.Tests;

/// <summary>
/// A real folder under the system temp path, deleted with everything in it at the end of a test; and the test's
/// PostgreSQL databases, dropped then (dispose the AssessmentDb first: `using` does, in reverse order).
/// </summary>
public sealed class TempFolder : IDisposable
{
    private readonly List<PostgresDatabase> databases = [];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assessment-data-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public AssessmentDb OpenDb(string name = "assessment.db", TimeProvider? time = null) => AssessmentDb.Open(File(name), time);

    /// <summary>A new, migrated database of <paramref name="provider"/>: a file in this folder, or a PostgreSQL database of its own.</summary>
    public AssessmentDb OpenDb(Provider provider, TimeProvider? time = null)
    {
        if (provider == Provider.Sqlite) return OpenDb(time: time);
        var database = new PostgresDatabase(template: PostgresTemplate.Name);
        databases.Add(database);
        // Pooled, as the app's: the drop at the end closes whatever is left.
        return AssessmentDb.OpenPostgres(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ToString(), time);
    }

    public void Dispose()
    {
        foreach (var database in databases) database.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } // a crashed child may still hold a file
    }
}
