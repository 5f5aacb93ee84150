using Assessment.Data.Database;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests;

/// <summary>A real folder under the system temp path, deleted with everything in it at the end of a test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assessment-data-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public AssessmentDb OpenDb(string name = "assessment.db", TimeProvider? time = null) => AssessmentDb.Open(File(name), time);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } // a crashed child may still hold a file
    }
}
