using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Demo;
using Assessment.Web.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Assessment.Web.Tests.Demo;

/// <summary>A clock standing still at a chosen instant, so the demo's round windows are known.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A fresh temp database with the demo data set loaded once through DemoSeed.Seed, shared by a test class.</summary>
public sealed class DemoDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-demo-" + Guid.NewGuid().ToString("N")[..12]);

    public DemoDatabase()
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"), new FixedClock(Now));
        Loaded = Seed(Db, Log);
    }

    public AssessmentDb Db { get; }
    public bool Loaded { get; }
    public ListLogger Log { get; } = new();

    public static string InstrumentsFolder => Path.Combine(AppServer.RepositoryRoot(), "instruments");

    public static bool Seed(AssessmentDb db, ILogger logger) =>
        DemoSeed.Seed(db, new PasswordHasher<Account>(), InstrumentsFolder, logger);

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>Keeps what was logged, so a test can show the seed's warning when a round is missing.</summary>
public sealed class ListLogger : ILogger
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines) Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
