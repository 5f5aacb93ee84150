using Assessment.LoadDriver.Measure;

namespace Assessment.LoadDriver;

/// <summary>
/// The app as a run drives it: one node, or several (--nodes) on one PostgreSQL database behind the proxy. Figures read
/// from the server side (CPU, memory, the app's metrics) are summed over the nodes or given per node, never node 1's alone.
/// </summary>
public sealed class AppNodes : IDisposable
{
    private readonly List<AppProcess> nodes;

    private AppNodes(List<AppProcess> nodes, ProxyProcess? proxy)
    {
        this.nodes = nodes;
        Proxy = proxy;
    }

    public IReadOnlyList<AppProcess> Nodes => nodes;

    /// <summary>The proxy when the respondents go through one (<see cref="LoadOptions.Proxied"/>).</summary>
    public ProxyProcess? Proxy { get; }

    /// <summary>The first node: the one app of the modes that run one (its kill, its file, its memory).</summary>
    public AppProcess First => nodes[0];

    /// <summary>Each node's data folder under <paramref name="root"/>: data/ for one node, node1/data, node2/data, … for several (a folder's lock admits one app).</summary>
    public static IReadOnlyList<string> DataFolders(string root, int count) =>
        count == 1 ? [Path.Combine(root, "data")] : Enumerable.Range(1, count).Select(i => Path.Combine(root, $"node{i}", "data")).ToList();

    /// <summary>
    /// Starts the nodes one after the other, each once the one before is ready: the first loads the demo data into the
    /// empty database, and nodes started together would each try to (docs/postgres.md). Then the proxy, if any.
    /// </summary>
    public static async Task<AppNodes> StartAsync(LoadOptions options, IReadOnlyList<string> dataFolders, string root)
    {
        var started = new List<AppProcess>();
        try
        {
            for (var i = 0; i < dataFolders.Count; i++)
            {
                started.Add(await AppProcess.StartAsync(options, dataFolders[i], options.NodeUrl(i)));
                if (dataFolders.Count > 1) Console.WriteLine($"  node{i + 1} {options.NodeUrl(i)} ready (pid {started[i].Pid})");
            }
            var proxy = options.Proxied ? await ProxyProcess.StartAsync(options.BaseUrl, started, Path.Combine(root, "proxy.log")) : null;
            if (proxy is not null) Console.WriteLine($"  proxy {proxy.Url} ready in front of {started.Count} node(s)");
            return new AppNodes(started, proxy);
        }
        catch
        {
            foreach (var node in started) node.Dispose();
            throw;
        }
    }

    /// <summary>Resident memory and CPU seconds, summed over the nodes (the proxy's are apart: <see cref="ProxyProcess.Usage"/>).</summary>
    public (double RssMiB, double CpuSeconds) Usage()
    {
        var each = nodes.Select(n => n.Usage()).ToList();
        return (each.Sum(u => u.RssMiB), each.Sum(u => u.CpuSeconds));
    }

    /// <summary>Live GC heap and RSS summed over the nodes, each measured after its own forced full collection.</summary>
    public async Task<MemorySample> MeasureMemoryAsync()
    {
        var samples = new List<MemorySample>();
        foreach (var node in nodes) samples.Add(await ServerMemory.MeasureAsync(node));
        return new MemorySample(samples.Sum(s => s.HeapMiB), samples.Sum(s => s.RssMiB));
    }

    /// <summary>Each node's own /metrics (scraped from the node, not through the proxy, which would pick one).</summary>
    public async Task<IReadOnlyList<(string Node, string[] Lines)>> MetricsAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var result = new List<(string, string[])>();
        for (var i = 0; i < nodes.Count; i++)
        {
            string[] lines;
            try { lines = (await http.GetStringAsync(nodes[i].Url + "/metrics")).Split('\n'); }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { lines = ["(unavailable: " + e.Message + ")"]; }
            result.Add(($"node{i + 1} ({nodes[i].Url})", lines));
        }
        return result;
    }

    public void Dispose()
    {
        Proxy?.Dispose();
        foreach (var node in nodes) node.Dispose();
    }
}
