using System.Diagnostics;
using Assessment.LoadDriver.Measure;

namespace Assessment.LoadDriver.Modes;

/// <summary>
/// How many respondents the app holds within the latency target: respondents are added --step at a time; each count
/// is held --minutes-per-step after its newcomers have opened their pages, and the saves acknowledged in that window
/// give the step's p50/p95/p99. The run stops at the first step over the p95 target, with an error, or with a
/// circuit that did not open, or when the next step would pass the time bound; the largest count that met the
/// target is the answer. The ledger is checked against the database at the end, as in every mode.
/// </summary>
public sealed class StepRun(LoadOptions options)
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(2);
    private readonly RunStats stats = new();
    private readonly Ledger ledger = new();

    public async Task<int> RunAsync()
    {
        Console.WriteLine($"step: {options.From} to {options.To} respondents by {options.Step}, {options.MinutesPerStep} min per step, "
            + $"p95 target {options.TargetP95Ms} ms, at most {options.Minutes} min, {options.BaseUrl}"
            + (options.Proxied ? $" (the proxy, in front of {options.Nodes} node(s) from port {options.Port})" : ""));
        var clock = Stopwatch.StartNew();
        var (app, _, database, roundId, participants) = await RunSetup.StartAsync(options, options.To);
        using var _app = app;
        var bound = TimeSpan.FromMinutes(options.Minutes);
        var runOptions = options with { Submit = false };
        using var cancel = new CancellationTokenSource();
        var respondents = new List<Respondent>();
        var tasks = new List<Task>();
        var baseline = await app.MeasureMemoryAsync();
        // With several nodes, server CPU and memory are sums over them (heap and RSS per circuit: the sums over all circuits).
        if (app.Nodes.Count > 1) Console.WriteLine($"  server CPU, GC heap and RSS below are summed over the {app.Nodes.Count} nodes");
        Console.WriteLine($"  baseline: GC heap {baseline.HeapMiB:F1} MiB, RSS {baseline.RssMiB:F0} MiB; load {RunSetup.Load()}");
        Console.WriteLine($"  {"resp.",5} {"saves",6} {"p50",6} {"p95",6} {"p99",6} {"err",4} {"driver CPU",10} {"server CPU",10} {"heap/circ",10} {"RSS/circ",9}  load (1, 5, 15 min)");
        var best = 0;
        var reason = $"reached --to {options.To}";
        var lastStep = TimeSpan.Zero;
        for (var n = options.From; n <= options.To; n += options.Step)
        {
            // A step takes its ramp, its window and a measurement; one as long as the last one must still fit.
            if (clock.Elapsed + lastStep > bound) { reason = $"time bound of {options.Minutes} min reached"; break; }
            var stepClock = Stopwatch.StartNew();
            var added = n - respondents.Count;
            var gap = TimeSpan.FromSeconds(options.RampSeconds / Math.Max(1, added));
            while (respondents.Count < n)
            {
                var r = new Respondent(participants[respondents.Count], roundId, options.BaseUrl, runOptions, ledger, stats, new Random(respondents.Count));
                respondents.Add(r);
                tasks.Add(Task.Run(() => r.RunAsync(DateTime.UtcNow.AddHours(1), cancel.Token)));
                await Task.Delay(gap);
            }
            var deadline = DateTime.UtcNow + OpenTimeout;
            while (respondents.Count(r => r.Opened) < n && DateTime.UtcNow < deadline) await Task.Delay(250);

            var since = Stopwatch.GetTimestamp();
            var errors0 = stats.Errors;
            var driver0 = Process.GetCurrentProcess().TotalProcessorTime;
            var server0 = app.Usage().CpuSeconds;
            var proxy0 = app.Proxy?.Usage().CpuSeconds ?? 0;
            var window = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromMinutes(options.MinutesPerStep));
            var seconds = window.Elapsed.TotalSeconds;
            var saves = stats.Saves(since);
            var errors = stats.Errors - errors0;
            var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - driver0).TotalSeconds / seconds;
            var serverCpu = (app.Usage().CpuSeconds - server0) / seconds;
            var proxyCpu = ((app.Proxy?.Usage().CpuSeconds ?? 0) - proxy0) / seconds;
            // Opened, not connected now: at any moment a few respondents are between leaving and reopening (a reload).
            var open = respondents.Count(r => r.Opened);
            var memory = await app.MeasureMemoryAsync();
            Console.WriteLine($"  {n,5} {saves.Count,6} {saves.P50,6:F0} {saves.P95,6:F0} {saves.P99,6:F0} {errors,4} {100 * driverCpu,9:F0}% {100 * serverCpu,9:F0}% "
                + $"{(memory.HeapMiB - baseline.HeapMiB) / Math.Max(1, open),10:F3} {(memory.RssMiB - baseline.RssMiB) / Math.Max(1, open),9:F2}  {RunSetup.Load()}"
                + (app.Proxy is null ? "" : $"  proxy CPU {100 * proxyCpu:F0}%"));
            lastStep = stepClock.Elapsed;
            if (open < n) { reason = $"{n - open} of {n} circuits not open"; break; }
            if (errors > 0) { reason = $"{errors} errors at {n}: {string.Join("; ", stats.ErrorExamples.TakeLast(3))}"; break; }
            if (saves.Count == 0) { reason = $"no save acknowledged at {n}"; break; }
            if (saves.P95 > options.TargetP95Ms) { reason = $"p95 {saves.P95:F0} ms over {options.TargetP95Ms} ms at {n}"; break; }
            best = n;
        }
        await cancel.CancelAsync();
        await Task.WhenAll(tasks);
        var metrics = app.Proxy is null ? [] : await app.MetricsAsync();
        app.Dispose();

        var verdict = Ledger.Compare(ledger.Snapshot(), database);
        var integrity = Ledger.IntegrityCheck(database);
        Console.WriteLine($"""
            result (step, {clock.Elapsed.TotalMinutes:F1} min, machine load {RunSetup.Load()}):
              stopped: {reason}
              largest count that met p95 < {options.TargetP95Ms} ms with no error: {(best > 0 ? best.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}
              ledger vs database: {verdict.Checked} answers checked, {verdict.Lost} lost, {verdict.Duplicated} duplicated; integrity_check: {integrity}
            """);
        if (app.Proxy is not null)
        {
            Console.WriteLine("  " + NodeSummary.Respondents(respondents));
            Console.WriteLine("  " + NodeSummary.Saves(metrics));
        }
        foreach (var e in verdict.Examples) Console.WriteLine("  ledger example: " + e);
        // The step result is a measurement, not a verdict; losing or duplicating an acknowledged answer is a failure.
        var ok = verdict.Lost == 0 && verdict.Duplicated == 0 && Ledger.IntegrityOk(integrity);
        Console.WriteLine(ok ? "PASS (nothing lost)" : "FAIL");
        return ok ? 0 : 1;
    }
}
