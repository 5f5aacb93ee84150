namespace Assessment.LoadDriver.Modes;

/// <summary>
/// What an idle questionnaire circuit costs the server: circuits opened in the numbers asked (0, 50, 100, 200),
/// each respondent signed in with their page open and doing nothing; at each number the app's live GC heap (after
/// a forced full collection) and its RSS, and both per circuit over the baseline with none open.
/// </summary>
public sealed class MemoryRun(LoadOptions options)
{
    // Long: on a loaded machine each sign-in (PBKDF2) and first render waits for a share of the CPU.
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync()
    {
        var most = options.Circuits.Max();
        Console.WriteLine($"memory: idle circuits {string.Join(", ", options.Circuits)}, {options.BaseUrl}");
        var (app, _, _, roundId, participants) = await RunSetup.StartAsync(options, Math.Max(1, most));
        using var _app = app;
        var stats = new RunStats();
        var ledger = new Ledger();
        // Idle: the page is open and the official is reading; no answer is given while the memory is measured.
        var idle = options with { ThinkMinMs = 3_600_000, ThinkMaxMs = 3_600_000, Submit = false };
        using var cancel = new CancellationTokenSource();
        var respondents = new List<Respondent>();
        var tasks = new List<Task>();
        var baseline = await app.MeasureMemoryAsync();
        Console.WriteLine($"  {"circuits",8} {"GC heap MiB",12} {"RSS MiB",9} {"heap/circuit",13} {"RSS/circuit",12}  load");
        foreach (var count in options.Circuits)
        {
            var deadline = DateTime.UtcNow + OpenTimeout;
            while (respondents.Count < count && DateTime.UtcNow < deadline && stats.Errors == 0)
            {
                // Ten pages at a time: on a shared machine a burst of sign-ins (PBKDF2) and first renders would
                // outlast the driver's request timeouts; idle memory does not depend on how fast they opened.
                for (var i = 0; i < 10 && respondents.Count < count; i++)
                {
                    var r = new Respondent(participants[respondents.Count], roundId, options.BaseUrl, idle, ledger, stats, new Random(respondents.Count));
                    respondents.Add(r);
                    tasks.Add(Task.Run(() => r.RunAsync(DateTime.UtcNow.AddHours(1), cancel.Token)));
                }
                while (respondents.Count(r => r.Connected) < respondents.Count && DateTime.UtcNow < deadline && stats.Errors == 0) await Task.Delay(250);
            }
            var open = respondents.Count(r => r.Connected);
            if (open < count)
            {
                var why = respondents.Select(r => r.PageError).OfType<string>().GroupBy(e => e).Select(g => $"{g.Count()} x {g.Key}");
                Console.WriteLine($"  only {open} of {count} circuits open ({stats.Errors} errors: {string.Join("; ", stats.ErrorExamples.Take(3))}; closed: {string.Join("; ", why)})");
                break;
            }
            await Task.Delay(3000);
            var m = count == 0 ? baseline : await app.MeasureMemoryAsync();
            Console.WriteLine(count == 0
                ? $"  {0,8} {m.HeapMiB,12:F1} {m.RssMiB,9:F0} {"",13} {"",12}  {RunSetup.Load()}"
                : $"  {count,8} {m.HeapMiB,12:F1} {m.RssMiB,9:F0} {(m.HeapMiB - baseline.HeapMiB) / count,13:F3} {(m.RssMiB - baseline.RssMiB) / count,12:F2}  {RunSetup.Load()}");
            if (options.HoldSeconds > 0 && count > 0)
            {
                Console.WriteLine($"  holding {count} circuits for {options.HoldSeconds} s (app pid {app.First.Pid})");
                await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
            }
        }
        await cancel.CancelAsync();
        await Task.WhenAll(tasks);
        Console.WriteLine(stats.Errors == 0 ? "PASS" : $"FAIL: {stats.Errors} errors");
        return stats.Errors == 0 ? 0 : 1;
    }
}
