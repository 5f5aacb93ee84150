using Assessment.Web.Services;

namespace Assessment.Web.Tests.Architecture;

/// <summary>
/// Issue 15: no namespace cycle in the web app. Components (pages, their parts and the HTTP endpoints their links
/// and buttons call) use the services; nothing the services use may lead back to a component, or a change to a page
/// could ripple into the services the command line and other pages share. The same holds between any two parts: the
/// parts form layers, each using only those below it.
/// </summary>
public class NamespaceCycleTests
{
    private static readonly Dictionary<string, HashSet<string>> Graph = NamespaceGraph.Of(typeof(RoundService).Assembly, Part);

    // Assessment.Web.Components.* is one part; every other namespace of the app is a part by its first segment.
    private static string? Part(string ns) =>
        ns == "Assessment.Web" ? "Assessment.Web"
        : !ns.StartsWith("Assessment.Web.", StringComparison.Ordinal) ? null
        : ns.Split('.')[2];

    // Services reach Configuration, Localization, Security and Texts, none of which leads to a component.
    [Fact]
    public void Nothing_the_services_use_leads_back_to_a_component()
    {
        Assert.Contains("Services", Graph["Components"]);
        var back = NamespaceGraph.Path(Graph, "Services", "Components");
        Assert.True(back is null, $"the services reach the components: {string.Join(" -> ", back ?? [])}");
    }

    // The graph sees references made only inside method bodies: a page calls a service and a text's method, and the
    // services name no component at all.
    [Fact]
    public void The_graph_sees_calls_inside_method_bodies()
    {
        Assert.Contains("Services", Graph["Components"]);
        Assert.Contains("Texts", Graph["Components"]);
        Assert.DoesNotContain("Components", Graph["Services"]);
    }

    [Fact]
    public void No_two_parts_of_the_web_app_lead_back_to_each_other()
    {
        Assert.True(Graph.Count >= 9, $"the graph has only {Graph.Count} parts: {string.Join(", ", Graph.Keys)}");
        var cycle = NamespaceGraph.Cycle(Graph);
        Assert.True(cycle is null, $"the web app's parts form a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void A_cycle_is_found_with_its_path()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Components"] = ["Services"],
            ["Services"] = ["Reports"],
            ["Reports"] = ["Components"],
        };
        Assert.Equal(["Components", "Services", "Reports"], NamespaceGraph.Path(graph, "Components", "Reports"));
        Assert.Equal(["Reports", "Components"], NamespaceGraph.Path(graph, "Reports", "Components"));
        Assert.Null(NamespaceGraph.Path(new Dictionary<string, HashSet<string>> { ["Components"] = ["Services"] }, "Services", "Components"));
    }

    [Fact]
    public void A_cycle_anywhere_in_the_graph_is_reported_around_its_path()
    {
        // Localization -> Security -> Localization sits below parts that form no cycle themselves.
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Components"] = ["Reports", "Services"],
            ["Reports"] = ["Services"],
            ["Services"] = ["Security", "Texts"],
            ["Texts"] = ["Localization"],
            ["Security"] = ["Localization"],
            ["Localization"] = ["Security"],
        };
        Assert.Equal(["Security", "Localization", "Security"], NamespaceGraph.Cycle(graph));
        Assert.Equal(["Telemetry", "Telemetry"], NamespaceGraph.Cycle(new Dictionary<string, HashSet<string>> { ["Telemetry"] = ["Telemetry"] }));
    }

    [Fact]
    public void Layers_that_share_lower_parts_are_no_cycle()
    {
        // Two paths to Localization (a diamond) and an edge to a part with no entry of its own.
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Components"] = ["Security", "Texts"],
            ["Security"] = ["Localization", "Configuration"],
            ["Texts"] = ["Localization"],
            ["Localization"] = [],
        };
        Assert.Null(NamespaceGraph.Cycle(graph));
    }
}
