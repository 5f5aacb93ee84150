using System.Diagnostics;
using System.Globalization;

namespace Assessment.LoadDriver;

/// <summary>
/// The built reverse proxy (src/Assessment.Proxy, Release) in front of the app nodes, as an installation runs it: session
/// affinity by cookie, each node's readiness probed, the serving node named in each response (X-Assessment-Node).
/// </summary>
public sealed class ProxyProcess : IDisposable
{
    /// <summary>The response header in which the proxy names the node that served a request (NodeProxy.ServedByHeader).</summary>
    public const string ServedByHeader = "X-Assessment-Node";

    private const int ReadySeconds = 60;

    private readonly ChildProcess process;

    private ProxyProcess(ChildProcess process, string url)
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
        var proxy = new ProxyProcess(ChildProcess.Start(start, log, "The proxy"), url);
        try
        {
            // Ready when a request through it reaches a ready node: the proxy listens and forwards.
            await proxy.process.WaitReadyAsync(url + "/health/ready", TimeSpan.FromSeconds(ReadySeconds),
                $"The proxy exited during start-up (see {log}).", $"The proxy did not answer on {url} within {ReadySeconds} s (see {log}).");
            return proxy;
        }
        catch
        {
            proxy.Dispose();
            throw;
        }
    }

    public (double RssMiB, double CpuSeconds) Usage() => process.Usage();

    public void Dispose() => process.Dispose();
}
