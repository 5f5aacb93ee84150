using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Cli.Tests.Reports;

/// <summary>A database file with the demo data set, made once for a test class, closed so the command line opens it as a user would.</summary>
public sealed class DemoDatabaseFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("assessment-cli-demo-").FullName;

    public DemoDatabaseFile()
    {
        Path = System.IO.Path.Combine(folder, "assessment.db");
        using var db = AssessmentDb.Open(Path);
        DemoSeed.Seed(db, new PasswordHasher<Account>(), System.IO.Path.Combine(RepositoryRoot(), "instruments"), NullLogger.Instance);
    }

    public string Path { get; }

    /// <summary>An instrument file of the repository, as the demo rounds were made from it.</summary>
    public static string InstrumentFile(string name) => System.IO.Path.Combine(RepositoryRoot(), "instruments", name);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, "instruments"))) return dir.FullName;
        throw new DirectoryNotFoundException("no instruments folder above the test binaries");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
