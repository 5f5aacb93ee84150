using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Assessment.Web.Tests.EndToEnd;

public sealed class BrowserCollectionFirstTests
{
    [Fact]
    public void The_browser_collections_come_first_and_the_others_keep_the_default_order()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(BrowserCollectionFirstTests).Assembly));
        ITestCollection Named(string name) => new TestCollection(assembly, null, name);
        const string Demo = DemoBrowserCollection.Name, Dashboard = DashboardBrowserCollection.Name;
        // xUnit's default order sorts by a hash of each collection's unique id, which includes the assembly's path: take
        // the first set of names whose default order puts neither browser collection in its place (the dashboard
        // collection first, the demo collection second), so that this test could catch an orderer that changes nothing
        // or moves only one of them, wherever the clone lies.
        var (collections, defaultOrder) = Enumerable.Range(0, 256)
            .Select(i => new[] { Named($"Test collection for A{i}"), Named(Dashboard), Named($"Test collection for B{i}"), Named(Demo), Named($"Test collection for C{i}") })
            .Select(set => (Set: set, Default: new DefaultTestCollectionOrderer().OrderTestCollections(set).Select(c => c.DisplayName).ToList()))
            .First(candidate => candidate.Default[0] != Demo && candidate.Default[1] != Dashboard);

        var ordered = new BrowserCollectionFirst().OrderTestCollections(collections).Select(c => c.DisplayName).ToList();

        Assert.Equal([Demo, Dashboard], ordered.Take(2));
        Assert.Equal(defaultOrder.Where(n => n is not (Demo or Dashboard)), ordered.Skip(2));
        Assert.Equal(5, ordered.Count);
    }

    [Fact]
    public void Every_class_that_drives_Chromium_is_in_a_browser_collection_and_each_has_classes()
    {
        var classes = typeof(BrowserCollectionFirstTests).Assembly.GetTypes()
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(BrowserFixture))))
            .ToList();
        string? CollectionOf(Type t) => t.GetCustomAttributesData()
            .SingleOrDefault(a => a.AttributeType == typeof(CollectionAttribute))?.ConstructorArguments[0].Value as string;

        // Outside the browser collections a class would start neither first nor with a BrowserFixture.
        Assert.All(classes, t => Assert.Contains(CollectionOf(t), BrowserCollections.Names));
        Assert.All(BrowserCollections.Names, name => Assert.Contains(classes, t => CollectionOf(t) == name));
        Assert.True(classes.Count >= 15, $"only {classes.Count} browser classes found");
    }

    [Fact]
    public void Beside_the_browser_collections_one_slot_is_left_for_the_other_tests()
    {
        var behaviour = typeof(BrowserCollectionFirstTests).Assembly.GetCustomAttribute<CollectionBehaviorAttribute>();
        Assert.NotNull(behaviour);
        Assert.Equal(BrowserCollections.Names.Length + 1, behaviour.MaxParallelThreads);
    }
}
