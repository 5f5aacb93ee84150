using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Assessment.Benchmarks.Pages;

/// <summary>What a reader needs to judge the figures: how they were made, on which code, on which machine.</summary>
public sealed record RunFacts(string Command, string Commit, DateTime StartedUtc, string LoadAtStart, string LoadAtEnd, string Browser, int Runs);

/// <summary>The markdown the pages mode writes: median and p90 per page, cold and warm, beside the static floor.</summary>
public static class PagesReport
{
    public static string Markdown(RunFacts facts, IReadOnlyList<PageSamples> pages, PageSamples floor)
    {
        var floorMs = Median(floor.Cold.Select(l => l.Milliseconds));
        var text = new StringBuilder();
        text.AppendLine("# Page loads in Chromium: time until interactive and bytes transferred");
        text.AppendLine();
        text.AppendLine($"- Command: `{facts.Command}`");
        text.AppendLine($"- Commit: {facts.Commit}");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} cores (nproc), {CpuModel()}; load average {facts.LoadAtStart} at the start, " +
                        $"{facts.LoadAtEnd} at the end; {facts.StartedUtc:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine($"- App: the Release build of src/Assessment.Web as its own process on loopback, Production environment, the demo " +
                        $"data loaded into a fresh data folder; .NET {Environment.Version}. Browser: headless Chromium {facts.Browser}, " +
                        "1366x800, zh-CN, light");
        text.AppendLine($"- Runs: {facts.Runs} per page, each in a fresh browser context (cold cache: a first visit), then a second load in " +
                        "the same context (warm: a return visit, through about:blank so it is not a reload); one uncounted warm-up run per " +
                        "page before them");
        text.AppendLine();
        text.AppendLine("| page | cache | interactive p50 ms | p90 ms | p50 / floor | HTTP KiB p50 | HTTP KiB p90 | WebSocket KiB p50 | WebSocket KiB p90 |");
        text.AppendLine("|------|-------|-------------------:|-------:|------------:|-------------:|-------------:|------------------:|------------------:|");
        foreach (var page in pages)
        {
            text.AppendLine(Row(page.Name, "cold", page.Cold, floorMs));
            text.AppendLine(Row(page.Name, "warm", page.Warm, floorMs));
        }
        text.AppendLine(Row(floor.Name, "cold", floor.Cold, floorMs, webSocket: false));
        text.AppendLine();
        text.AppendLine("Interactive: from navigation start until the layout element carries `data-circuit-ready=\"true\"` (set when the " +
                        "interactive circuit renders), timed in the page by a MutationObserver (`performance.now()`). HTTP: the sum of " +
                        "`encodedDataLength` of every CDP `Network.loadingFinished` of the load until, after interactive, no request " +
                        "has been open for 0.5 s (bytes on the wire, headers included; what the cache serves counts 0). WebSocket: payload bytes of the frames received until " +
                        "interactive (the SignalR handshake and the circuit's first render batches). Floor: the static file opened in " +
                        "a fresh context, time until its response has arrived (`responseEnd`). p50 is the median, p90 the nearest rank.");
        return text.ToString();
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static double P90(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(sorted.Length * 0.9) - 1];
    }

    /// <summary>The 1-, 5- and 15-minute load averages: how busy the shared machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The commit the figures belong to, and whether the work tree held changes beyond it.</summary>
    public static string Commit(string repository)
    {
        var hash = Git(repository, "rev-parse", "HEAD");
        var branch = Git(repository, "rev-parse", "--abbrev-ref", "HEAD");
        var dirty = Git(repository, "status", "--porcelain", "--untracked-files=no").Length > 0;
        return $"`{hash}` ({branch}){(dirty ? ", with uncommitted changes" : "")}";
    }

    private static string Row(string name, string cache, IReadOnlyList<PageLoad> loads, double floorMs, bool webSocket = true)
    {
        var ms = loads.Select(l => l.Milliseconds).ToList();
        var http = loads.Select(l => l.HttpBytes / 1024.0).ToList();
        var ws = loads.Select(l => l.WebSocketBytes / 1024.0).ToList();
        var wsCells = webSocket ? string.Create(CultureInfo.InvariantCulture, $"{Median(ws):F1} | {P90(ws):F1}") : "- | -";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {cache} | {Median(ms):F0} | {P90(ms):F0} | {Median(ms) / floorMs:F0}x | {Median(http):F1} | {P90(http):F1} | {wsCells} |");
    }

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo") && File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':') + 1)..].Trim()
            : "CPU model unknown";

    private static string Git(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git is not installed)";
        }
    }
}
