using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace Assessment.Proxy;

public static class NodeProxy
{
    /// <summary>The response header naming the node that served a request (node1, node2, … in --node order).</summary>
    public const string ServedByHeader = "X-Assessment-Node";

    /// <summary>
    /// The proxy over <paramref name="nodes"/> (NodeCluster's route and cluster). Each response names the node that
    /// served it, so an operator (and the two-node test) can see where a browser's affinity points.
    /// </summary>
    public static IServiceCollection AddNodeProxy(this IServiceCollection services, IReadOnlyList<Uri> nodes, TimeSpan probeInterval)
    {
        services.AddReverseProxy()
            .LoadFromMemory(NodeCluster.Routes, NodeCluster.Clusters(nodes, probeInterval))
            .AddTransforms(context => context.AddResponseTransform(transform =>
            {
                if (transform.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } node)
                    transform.HttpContext.Response.Headers[ServedByHeader] = node.DestinationId;
                return ValueTask.CompletedTask;
            }));
        return services;
    }
}
