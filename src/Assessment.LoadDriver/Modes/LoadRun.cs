using System.Diagnostics;
using Assessment.LoadDriver.Measure;

namespace Assessment.LoadDriver.Modes;

/// <summary>
/// One bounded run: the app started on a fresh data folder (demo data, plus one self-assessor per respondent),
/// respondents started evenly over the ramp, the mode's fault applied, then the ledger checked against the database.
/// </summary>
public sealed class LoadRun(LoadOptions options)
{
    private readonly RunStats stats = new();
    private readonly Ledger ledger = new();
    private readonly List<string> notes = [];

    public async Task<int> RunAsync()
    {
        Console.WriteLine($"{options.Mode}: {options.Respondents} respondents, {options.Minutes} min, {options.BaseUrl}"
            + (options.Proxied ? $" (the proxy, in front of {options.Nodes} node(s) from port {options.Port})" : ""));
        var (app, data, database, roundId, participants) = await RunSetup.StartAsync(options, options.Respondents);
        using var _ = app;
        var (baseRss, baseCpu) = app.Usage();
        var proxyCpu0 = app.Proxy?.Usage().CpuSeconds ?? 0;
        var driverCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var until = DateTime.UtcNow.AddMinutes(options.Minutes);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(options.Minutes + 2));
        var respondents = participants.Select((p, i) => new Respondent(p, roundId, options.BaseUrl, options, ledger, stats, new Random(i))).ToList();
        var tasks = new List<Task>();
        var rampGap = options.RespondentsRamp();
        foreach (var r in respondents)
        {
            tasks.Add(Task.Run(() => r.RunAsync(until, cancel.Token)));
            await Task.Delay(rampGap);
        }
        Console.WriteLine($"  all {respondents.Count} started after {clock.Elapsed.TotalSeconds:F0} s");

        var fault = Fault(app, data, database, until);
        double peakRss = 0; int peakConnected = 0; double rssAtPeak = 0;
        while (tasks.Any(t => !t.IsCompleted) && DateTime.UtcNow < until.AddSeconds(90))
        {
            await Task.Delay(1000);
            try
            {
                var (rss, _) = app.Usage();
                var connected = respondents.Count(r => r.Connected);
                peakRss = Math.Max(peakRss, rss);
                if (connected >= peakConnected) (peakConnected, rssAtPeak) = (connected, rss);
            }
            catch (IOException) { /* restarting */ }
            catch (InvalidOperationException) { /* restarting */ }
        }
        await fault;
        await Task.WhenAll(tasks);
        var (endRss, endCpu) = app.Usage();
        var proxyCpu = (app.Proxy?.Usage().CpuSeconds ?? 0) - proxyCpu0;
        var wall = clock.Elapsed.TotalSeconds;
        var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - driverCpu0).TotalSeconds;
        var metrics = await app.MetricsAsync();
        app.Dispose();
        // With several nodes the server's figures are sums over them (AppNodes); each line says so.
        var server = app.Nodes.Count > 1 ? $"server ({app.Nodes.Count} nodes summed)" : "server";

        var verdict = Ledger.Compare(ledger.Snapshot(), database);
        var integrity = Ledger.IntegrityCheck(database);
        var saves = stats.Saves();
        Console.WriteLine($"""
            result ({options.Mode}, {options.Respondents} respondents, {wall:F0} s, machine load {RunSetup.Load()}):
              saves acknowledged: {saves.Count}; round trip p50 {saves.P50:F0} ms, p95 {saves.P95:F0} ms, p99 {saves.P99:F0} ms, max {saves.Max:F0} ms
              errors: {stats.Errors}
              ledger vs database: {verdict.Checked} answers checked, {verdict.Lost} lost, {verdict.Duplicated} duplicated; integrity_check: {integrity}
              circuits open at peak: {peakConnected}; {server} RSS baseline {baseRss:F0} MiB, at peak {rssAtPeak:F0} MiB, max {peakRss:F0} MiB, end {endRss:F0} MiB
              memory per circuit: {(peakConnected > 0 ? (rssAtPeak - baseRss) / peakConnected : 0):F2} MiB (RSS at peak minus baseline, over circuits open)
              {server} CPU (since the last start): {endCpu - (options.ExpectOutages ? 0 : baseCpu):F0} s over {wall:F0} s; driver CPU {driverCpu:F0} s ({100 * driverCpu / wall:F0}% of one core)
            """);
        if (app.Proxy is not null)
        {
            Console.WriteLine($"  proxy CPU {proxyCpu:F0} s ({100 * proxyCpu / wall:F0}% of one core)");
            Console.WriteLine("  " + NodeSummary.Respondents(respondents));
            Console.WriteLine("  " + NodeSummary.Saves(metrics));
        }
        foreach (var (k, v) in stats.Counts.OrderBy(c => c.Key)) Console.WriteLine($"  {k}: {v}");
        foreach (var n in notes) Console.WriteLine("  " + n);
        foreach (var e in stats.ErrorExamples) Console.WriteLine("  error example: " + e);
        foreach (var e in verdict.Examples) Console.WriteLine("  ledger example: " + e);
        foreach (var (node, lines) in metrics)
            Console.WriteLine($"  app metrics (/metrics){(app.Nodes.Count > 1 ? " of " + node : "")}:\n" + string.Join("\n", lines
                .Where(l => l.StartsWith("(unavailable", StringComparison.Ordinal)
                || (l.StartsWith("assessment_", StringComparison.Ordinal) && !l.Contains("_bucket", StringComparison.Ordinal))).Select(l => "    " + l)));
        var ok = verdict.Lost == 0 && verdict.Duplicated == 0 && Ledger.IntegrityOk(integrity) && stats.Errors == 0 && notes.All(n => !n.StartsWith("FAIL", StringComparison.Ordinal));
        Console.WriteLine(ok ? "PASS" : "FAIL");
        return ok ? 0 : 1;
    }

    private Task Fault(AppNodes app, string data, string database, DateTime until) => options.Mode switch
    {
        // The modes with a fault run one node (LoadOptions refuses --nodes for them).
        "kill-restart" => KillRestartAsync(app.First, data, until),
        "backup" => BackupAsync(database, until),
        "disk-full" => DiskFullAsync(data, until),
        _ => Task.CompletedTask,
    };

    private async Task KillRestartAsync(AppProcess app, string data, DateTime until)
    {
        var kills = 0;
        var restart = TimeSpan.FromSeconds(15);
        // Leaves time after the last restart (as long as the last one took, and 20 s more) to see respondents carry on.
        while (DateTime.UtcNow + TimeSpan.FromSeconds(options.KillEverySeconds) + 2 * restart + TimeSpan.FromSeconds(20) < until)
        {
            await Task.Delay(TimeSpan.FromSeconds(options.KillEverySeconds));
            var down = Stopwatch.StartNew();
            await app.KillAndRestartAsync(options, data);
            restart = down.Elapsed;
            kills++;
            notes.Add($"kill -9 #{kills} at {DateTime.UtcNow:HH:mm:ss}: back in {down.Elapsed.TotalSeconds:F1} s ({ledger.AcknowledgedCount} saves acknowledged so far)");
        }
        // Respondents must carry on after the last restart: saves acknowledged after it are counted.
        var before = ledger.AcknowledgedCount;
        await Task.Delay(until - DateTime.UtcNow > TimeSpan.Zero ? until - DateTime.UtcNow : TimeSpan.Zero);
        notes.Add($"{(ledger.AcknowledgedCount > before ? "" : "FAIL: ")}after the last restart {ledger.AcknowledgedCount - before} saves were acknowledged");
    }

    private async Task BackupAsync(string database, DateTime until)
    {
        await Task.Delay((until - DateTime.UtcNow) / 2);
        var acknowledged = ledger.Snapshot();
        var copy = database + ".backup";
        var cli = Path.Combine(AppProcess.Repository, "src", "Assessment.Cli", "bin", "Release", "net10.0", "assessment");
        if (!File.Exists(cli)) throw new LoadException($"The command line is not built at {cli}: dotnet build -c Release src/Assessment.Cli");
        var took = Stopwatch.StartNew();
        var (code, output) = await RunAsync(cli, "backup", "--db", database, "--to", copy);
        var backupSeconds = took.Elapsed.TotalSeconds;
        var restored = database + ".restored";
        var (code2, output2) = await RunAsync(cli, "restore", "--db", restored, "--from", copy);
        var verdict = Ledger.Compare(acknowledged, restored, laterSavesAllowed: true);
        var ok = code == 0 && code2 == 0 && verdict.Lost == 0 && Ledger.IntegrityCheck(restored) == "ok";
        notes.Add($"{(ok ? "" : "FAIL: ")}online backup under load took {backupSeconds:F1} s (exit {code}); restored copy (exit {code2}) holds {verdict.Checked - verdict.Lost} of {verdict.Checked} answers acknowledged before the backup began");
        if (!ok) notes.Add("backup output: " + output + output2 + string.Join(" | ", verdict.Examples));
    }

    private async Task DiskFullAsync(string data, DateTime until)
    {
        var third = (until - DateTime.UtcNow) / 3;
        await Task.Delay(third);
        var filler = Path.Combine(data, "..", "filler.bin");
        long written = 0;
        try
        {
            await using var f = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var block = new byte[1 << 16];
            while (true) { await f.WriteAsync(block); await f.FlushAsync(); written += block.Length; }
        }
        catch (IOException) { /* the disk is full: that is the point */ }
        var refusedBefore = stats.Counts.Where(c => c.Key.StartsWith("saves refused", StringComparison.Ordinal)).Sum(c => c.Value);
        var ackBefore = ledger.AcknowledgedCount;
        notes.Add($"disk filled at {DateTime.UtcNow:HH:mm:ss} ({written / 1024 / 1024} MiB of filler)");
        await Task.Delay(third);
        var refused = stats.Counts.Where(c => c.Key.StartsWith("saves refused", StringComparison.Ordinal)).Sum(c => c.Value) - refusedBefore;
        notes.Add($"{(refused > 0 ? "" : "FAIL: ")}while full: {refused} saves refused on the page, {ledger.AcknowledgedCount - ackBefore} acknowledged");
        File.Delete(filler);
        var ackFreed = ledger.AcknowledgedCount;
        await Task.Delay(until - DateTime.UtcNow > TimeSpan.Zero ? until - DateTime.UtcNow : TimeSpan.Zero);
        notes.Add($"{(ledger.AcknowledgedCount > ackFreed ? "" : "FAIL: ")}space freed at {DateTime.UtcNow - (until - DateTime.UtcNow):HH:mm:ss}: {ledger.AcknowledgedCount - ackFreed} saves acknowledged after");
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = await p.StandardOutput.ReadToEndAsync() + await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, output.Trim());
    }
}

public static class LoadOptionsExtensions
{
    /// <summary>The pause between two respondents' starts, so all have started when the ramp ends.</summary>
    public static TimeSpan RespondentsRamp(this LoadOptions o) =>
        TimeSpan.FromSeconds(o.Respondents <= 1 ? 0 : o.RampSeconds / o.Respondents);
}
