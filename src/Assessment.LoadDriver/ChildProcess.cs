using System.Diagnostics;
using Assessment.LoadDriver.Measure;

namespace Assessment.LoadDriver;

/// <summary>A child process of the driver's (an app node, the proxy): its stdout and stderr appended to a log file.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    // One lock per child: its stdout and stderr handlers run on different threads and append to the same file.
    private readonly object gate = new();
    private bool disposed;

    private ChildProcess(Process process, string log)
    {
        this.process = process;
        Log = log;
    }

    public int Id => process.Id;

    /// <summary>The file its stdout and stderr go to, line by line.</summary>
    public string Log { get; }

    /// <param name="what">The child as the messages name it, e.g. "The web app".</param>
    public static ChildProcess Start(ProcessStartInfo start, string log, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new LoadException($"{what} did not start.");
        var child = new ChildProcess(process, log);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (gate) File.AppendAllText(Log, line + "\n");
    }

    /// <summary>Polls <paramref name="healthUrl"/> until it answers with success; a LoadException with <paramref name="exited"/> or <paramref name="silent"/> if not.</summary>
    public async Task WaitReadyAsync(string healthUrl, TimeSpan timeout, string exited, string silent)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow + timeout; DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (process.HasExited) throw new LoadException(exited);
            try
            {
                using var response = await http.GetAsync(healthUrl);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
        }
        throw new LoadException(silent);
    }

    /// <summary>Resident memory (VmRSS) in MiB and CPU seconds used so far (user + system), from /proc.</summary>
    public (double RssMiB, double CpuSeconds) Usage() => ProcessUsage.Of(process.Id);

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill would end it; waits for the exit.</summary>
    public async Task KillAsync()
    {
        if (disposed) return;
        disposed = true;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
    }
}
