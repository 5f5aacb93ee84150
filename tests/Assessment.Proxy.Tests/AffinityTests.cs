using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Proxy.Tests;

/// <summary>
/// The proxy in front of two stand-in nodes (each answers with its own name and a ready health check): a browser stays
/// on the node it was given while that node lives, and moves to the other when it dies.
/// </summary>
public sealed class AffinityTests : IAsyncLifetime
{
    private readonly List<WebApplication> apps = [];
    private WebApplication nodeA = null!, nodeB = null!;
    private string proxyUrl = null!;

    public async Task InitializeAsync()
    {
        nodeA = await StartAsync(app => Node(app, "A"));
        nodeB = await StartAsync(app => Node(app, "B"));
        var nodes = new[] { new Uri(nodeA.Urls.Single()), new Uri(nodeB.Urls.Single()) };
        // Probed every second here so that a dead node is left out within the test's patience.
        var proxy = await StartAsync(app => app.MapReverseProxy(), s => s.AddNodeProxy(nodes, TimeSpan.FromSeconds(1)));
        proxyUrl = proxy.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        foreach (var app in apps) await app.DisposeAsync();
    }

    [Fact]
    public async Task Requests_without_the_affinity_cookie_are_spread_over_the_nodes()
    {
        using var client = Client(new CookieContainer());
        var served = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            using var noCookie = Client(new CookieContainer());
            served.Add((await GetAsync(noCookie)).Node);
        }
        Assert.Equal(["node1", "node2"], served.Order());
    }

    [Fact]
    public async Task A_browser_stays_on_its_node_and_the_header_names_it()
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        var first = await GetAsync(client);

        Assert.Contains(cookies.GetCookies(new Uri(proxyUrl)), c => c.Name == NodeCluster.AffinityCookie && c.HttpOnly);
        Assert.Equal(first.Node == "node1" ? "A" : "B", first.Body);
        for (var i = 0; i < 10; i++)
            Assert.Equal(first, await GetAsync(client));
    }

    [Fact]
    public async Task When_its_node_dies_the_browser_is_moved_to_the_other_and_stays_there()
    {
        var cookies = new CookieContainer();
        using var client = Client(cookies);
        var first = await GetAsync(client);
        var (dying, other) = first.Node == "node1" ? (nodeA, "B") : (nodeB, "A");

        await dying.StopAsync();

        // Until a probe or a failed request has marked it down, a request may still be sent to the dead node (502).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        (string Node, string Body)? moved = null;
        while (moved is null && DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(proxyUrl);
            if (response.StatusCode == HttpStatusCode.OK) moved = await ReadAsync(response);
            else await Task.Delay(200);
        }
        Assert.NotNull(moved);
        Assert.NotEqual(first.Node, moved.Value.Node);
        Assert.Equal(other, moved.Value.Body);
        for (var i = 0; i < 5; i++)
            Assert.Equal(moved.Value, await GetAsync(client));
    }

    private static void Node(WebApplication app, string name)
    {
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/", () => name);
    }

    private async Task<WebApplication> StartAsync(Action<WebApplication> map, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        apps.Add(app);
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { Timeout = TimeSpan.FromSeconds(10) };

    private async Task<(string Node, string Body)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(proxyUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private static async Task<(string Node, string Body)> ReadAsync(HttpResponseMessage response) =>
        (response.Headers.GetValues(NodeProxy.ServedByHeader).Single(), await response.Content.ReadAsStringAsync());
}
