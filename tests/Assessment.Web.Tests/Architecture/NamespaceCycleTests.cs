using Assessment.Web.Services;

namespace Assessment.Web.Tests.Architecture;

/// <summary>
/// Issue 15: no namespace cycle between the web app's services and its components. Components (pages and their
/// parts) use the services; nothing the services use may lead back to a component, or a change to a page could
/// ripple into the services the command line and other pages share.
/// </summary>
public class NamespaceCycleTests
{
    private static readonly Dictionary<string, HashSet<string>> Graph = NamespaceGraph.Of(typeof(RoundService).Assembly, Part);

    // Assessment.Web.Components.* is one part; every other namespace of the app is a part by its first segment.
    private static string? Part(string ns) =>
        ns == "Assessment.Web" ? "Assessment.Web"
        : !ns.StartsWith("Assessment.Web.", StringComparison.Ordinal) ? null
        : ns.Split('.')[2];

    // Services reach Configuration, Localization, Security, Telemetry and Texts, none of which leads to a component.
    // (Reports and Components do form a cycle today: ReportRenderer and ReportEndpoints render report components; see
    // the report of issue 15's round-model work.)
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
}
