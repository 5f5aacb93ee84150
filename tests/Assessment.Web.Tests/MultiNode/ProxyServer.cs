using System.Diagnostics;
using System.Net;
using System.Text;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.MultiNode;

/// <summary>
/// src/Assessment.Proxy as a separate process, as an installation runs it: the executable the build produced, on a free
/// loopback port, in front of the given app nodes.
/// </summary>
public sealed class ProxyServer : IAsyncDisposable
{
    /// <summary>The response header in which the proxy names the node that served a request (NodeProxy.ServedByHeader).</summary>
    public const string ServedByHeader = "X-Assessment-Node";

    private readonly StringBuilder output = new();
    private readonly Process process;

    private ProxyServer(Process process, int port)
    {
        this.process = process;
        Port = port;
        Url = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }
    public string Url { get; }
    public string Output { get { lock (output) return output.ToString(); } }

    /// <param name="probeSeconds">How often the proxy asks each node whether it is ready; short in tests, so a dead node is left out soon.</param>
    public static async Task<ProxyServer> StartAsync(IEnumerable<AppServer> nodes, double probeSeconds = 1)
    {
        var port = AppServer.FreePort();
        var start = new ProcessStartInfo(AppServer.Executable("Assessment.Proxy"))
        {
            WorkingDirectory = Path.Combine(AppServer.RepositoryRoot(), "src", "Assessment.Proxy"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--urls", $"http://127.0.0.1:{port}", "--probe-seconds", probeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        foreach (var node in nodes)
        {
            start.ArgumentList.Add("--node");
            start.ArgumentList.Add(node.BaseUrl);
        }
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var proxy = new ProxyServer(Process.Start(start) ?? throw new InvalidOperationException("The proxy did not start: " + start.FileName), port);
        proxy.process.OutputDataReceived += (_, e) => { lock (proxy.output) proxy.output.AppendLine(e.Data); };
        proxy.process.ErrorDataReceived += (_, e) => { lock (proxy.output) proxy.output.AppendLine(e.Data); };
        proxy.process.BeginOutputReadLine();
        proxy.process.BeginErrorReadLine();
        await proxy.WaitUntilAnsweringAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        AppServer.ReleasePort(Port);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The proxy exited during start-up. Its output:\n{Output}");
            try
            {
                using var response = await http.GetAsync(Url + "/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The proxy did not answer on {Url} within 60 s. Its output:\n{Output}");
    }
}
