using Assessment.Data.Database;
using Assessment.LoadDriver.Circuit;

namespace Assessment.LoadDriver;

/// <summary>What every mode starts with: fresh data folders, the built app on them (one node or several), the respondents' accounts, a warm-up.</summary>
public static class RunSetup
{
    public static async Task<(AppNodes App, string Data, string Database, long RoundId, IReadOnlyList<Participant> Participants)> StartAsync(
        LoadOptions options, int respondents)
    {
        var root = options.Data.Length > 0 ? Path.GetFullPath(options.Data)
            : Path.Combine(Path.GetTempPath(), $"assessment-load-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        var folders = AppNodes.DataFolders(root, options.Nodes);
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new UsageException($"--data: {folder} is not empty; the driver starts from a fresh database");
            Directory.CreateDirectory(folder);
            Console.WriteLine($"  data {folder}");
        }
        // The app's database as the seed and the ledger open it: a PostgreSQL URL, or the SQLite file in the data folder.
        var database = options.Database.Length > 0 ? options.Database : Path.Combine(folders[0], "assessment.db");
        var app = await AppNodes.StartAsync(options, folders, root);
        try
        {
            var (roundId, participants) = LoadSeed.Ensure(database, respondents);
            if (participants.Count < respondents)
                throw new LoadException($"the demo data has counties for {participants.Count} respondents, not {respondents}");
            // Warm-up: one page load and close on each node (JIT, caches), and one through the proxy if there is one;
            // then the baseline the circuits' memory is measured from.
            foreach (var node in app.Nodes) await WarmUpAsync(node.Url, participants[0], roundId);
            if (app.Proxy is not null) await WarmUpAsync(app.Proxy.Url, participants[0], roundId);
            await Task.Delay(3000);
            return (app, folders[0], database, roundId, participants);
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    private static async Task WarmUpAsync(string baseUrl, Participant p, long roundId)
    {
        var (http, cookies) = await SignIn.AsAsync(baseUrl, p.UserName, LoadSeed.Password, CancellationToken.None);
        var page = await BlazorCircuit.OpenAsync(http, cookies, baseUrl, $"/respond/{roundId}/{Uri.EscapeDataString(p.Jurisdiction)}", CancellationToken.None);
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
