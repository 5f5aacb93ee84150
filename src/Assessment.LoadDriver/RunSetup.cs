using Assessment.Data.Database;
using Assessment.LoadDriver.Circuit;

namespace Assessment.LoadDriver;

/// <summary>What every mode starts with: a fresh data folder, the built app on it, the respondents' accounts, a warm-up.</summary>
public static class RunSetup
{
    public static async Task<(AppProcess App, string Data, string Database, long RoundId, IReadOnlyList<Participant> Participants)> StartAsync(
        LoadOptions options, int respondents)
    {
        var root = options.Data.Length > 0 ? Path.GetFullPath(options.Data)
            : Path.Combine(Path.GetTempPath(), $"assessment-load-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        var data = Path.Combine(root, "data");
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
            throw new UsageException($"--data: {data} is not empty; the driver starts from a fresh database");
        Directory.CreateDirectory(data);
        Console.WriteLine($"  data {data}");
        // The app's database as the seed and the ledger open it: a PostgreSQL URL, or the SQLite file in the data folder.
        var database = options.Database.Length > 0 ? options.Database : Path.Combine(data, "assessment.db");
        var app = await AppProcess.StartAsync(options, data);
        try
        {
            var (roundId, participants) = LoadSeed.Ensure(database, respondents);
            if (participants.Count < respondents)
                throw new LoadException($"the demo data has counties for {participants.Count} respondents, not {respondents}");
            // Warm-up: one page load and close (JIT, caches), then the baseline the circuits' memory is measured from.
            await WarmUpAsync(options, participants[0], roundId);
            await Task.Delay(3000);
            return (app, data, database, roundId, participants);
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    private static async Task WarmUpAsync(LoadOptions options, Participant p, long roundId)
    {
        var (http, cookies) = await SignIn.AsAsync(options.BaseUrl, p.UserName, LoadSeed.Password, CancellationToken.None);
        var page = await BlazorCircuit.OpenAsync(http, cookies, options.BaseUrl, $"/respond/{roundId}/{Uri.EscapeDataString(p.Jurisdiction)}", CancellationToken.None);
        await page.WaitAsync(() => page.BatchesReceived > 1, TimeSpan.FromSeconds(30));
        await page.LeaveAsync(http);
        http.Dispose();
    }

    /// <summary>Opens the app's database: <paramref name="database"/> is a postgres:// URL or a SQLite file.</summary>
    public static AssessmentDb OpenDatabase(string database) =>
        AssessmentDb.Open(DatabaseLocation.LooksLikePostgres(database) ? DatabaseLocation.Postgres(database) : DatabaseLocation.Sqlite(database));

    /// <summary>The machine's load average (1, 5, 15 min), printed with every figure: the machine is shared.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
