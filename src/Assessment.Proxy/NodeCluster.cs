using Yarp.ReverseProxy.Configuration;

namespace Assessment.Proxy;

/// <summary>
/// The proxy's one route and one cluster: every request to any of the app nodes, with session affinity.
/// Why affinity: a Blazor Server page lives in a circuit held in one node's memory; its WebSocket and every request of
/// the same browser must reach that node while it lives. Why a health check and "Redistribute": when that node dies,
/// the browser's next request goes to a live node, which accepts its sign-in cookie (the data-protection keys are
/// shared through the database) and opens a new circuit; the page reloads every acknowledged answer from the database.
/// </summary>
public static class NodeCluster
{
    public const string AffinityCookie = ".Assessment.Node";

    public static RouteConfig[] Routes { get; } =
    [
        new RouteConfig { RouteId = "app", ClusterId = "nodes", Match = new RouteMatch { Path = "{**rest}" } },
    ];

    /// <param name="nodes">The nodes' base addresses, e.g. http://10.0.0.11:5000.</param>
    /// <param name="probeInterval">How often each node's /health/ready is asked; a node failing twice in a row is left out.</param>
    public static ClusterConfig[] Clusters(IReadOnlyList<Uri> nodes, TimeSpan probeInterval) =>
    [
        new ClusterConfig
        {
            ClusterId = "nodes",
            LoadBalancingPolicy = "RoundRobin",
            SessionAffinity = new SessionAffinityConfig
            {
                Enabled = true,
                Policy = "HashCookie",
                // The node picked for a browser is kept in a cookie; if that node is down, another is picked and kept.
                FailurePolicy = "Redistribute",
                AffinityKeyName = AffinityCookie,
                Cookie = new SessionAffinityCookieConfig { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true },
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = probeInterval,
                    Timeout = probeInterval,
                    Policy = "ConsecutiveFailures",
                    Path = "/health/ready",
                },
                // A request that cannot reach its node marks it down at once, before the next probe.
                Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = probeInterval * 2 },
            },
            Destinations = nodes.Select((node, i) => ($"node{i + 1}", new DestinationConfig { Address = node.ToString() }))
                .ToDictionary(d => d.Item1, d => d.Item2),
        },
    ];

    /// <summary>The nodes named by --node (repeatable); a clear message, never a stack trace, when one is not an http(s) address.</summary>
    public static (List<Uri> Nodes, List<string> Others, string? Error) ParseArguments(string[] args)
    {
        var (nodes, rest) = (new List<Uri>(), new List<string>());
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--node") { rest.Add(args[i]); continue; }
            if (i + 1 == args.Length) return (nodes, rest, "--node needs an address, e.g. --node http://127.0.0.1:5101");
            var text = args[++i];
            if (!Uri.TryCreate(text, UriKind.Absolute, out var node) || node.Scheme is not ("http" or "https"))
                return (nodes, rest, $"--node {text}: not an http(s) address; give one like http://127.0.0.1:5101");
            nodes.Add(node);
        }
        return nodes.Count == 0 ? (nodes, rest, "name at least one app node: --node http://host:port (repeat for each node)") : (nodes, rest, null);
    }
}
