using System.Diagnostics;
using System.Globalization;
using Assessment.LoadDriver.Measure;

namespace Assessment.LoadDriver;

/// <summary>
/// The built reverse proxy (src/Assessment.Proxy, Release) in front of the app nodes, as an installation runs it: session
/// affinity by cookie, each node's readiness probed, the serving node named in each response (X-Assessment-Node).
/// </summary>
public sealed class ProxyProcess : IDisposable
{
    /// <summary>The response header in which the proxy names the node that served a request (NodeProxy.ServedByHeader).</summary>
    public const string ServedByHeader = "X-Assessment-Node";

    private readonly Process process;
    private bool disposed;

    private ProxyProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    private static string Executable => Path.Combine(AppProcess.Repository, "src", "Assessment.Proxy", "bin", "Release", "net10.0", "Assessment.Proxy");

    /// <param name="log">A file for the proxy's output (warnings and errors).</param>
    public static async Task<ProxyProcess> StartAsync(string url, IEnumerable<AppProcess> nodes, string log)
    {
        if (!File.Exists(Executable)) throw new LoadException($"The proxy is not built at {Executable}: dotnet build -c Release src/Assessment.Proxy");
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = Path.Combine(AppProcess.Repository, "src", "Assessment.Proxy"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Probed every 2 s, the proxy's own default: none of the nodes is expected to die in run or step.
        foreach (var arg in new[] { "--urls", url, "--probe-seconds", 2.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        foreach (var node in nodes)
        {
            start.ArgumentList.Add("--node");
            start.ArgumentList.Add(node.Url);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var gate = new object();
        var process = Process.Start(start) ?? throw new LoadException("The proxy did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) File.AppendAllText(log, e.Data + "\n"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) File.AppendAllText(log, e.Data + "\n"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new ProxyProcess(process, url);
        try
        {
            await proxy.WaitReadyAsync(log);
            return proxy;
        }
        catch
        {
            proxy.Dispose();
            throw;
        }
    }

    // Ready when a request through it reaches a ready node: the proxy listens and forwards.
    private async Task WaitReadyAsync(string log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (process.HasExited) throw new LoadException($"The proxy exited during start-up (see {log}).");
            try
            {
                using var response = await http.GetAsync(Url + "/health/ready");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
        }
        throw new LoadException($"The proxy did not answer on {Url} within 60 s (see {log}).");
    }

    public (double RssMiB, double CpuSeconds) Usage() => ProcessUsage.Of(process.Id);

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
    }
}
