using Xunit.Abstractions;
using Xunit.Sdk;

namespace Assessment.Web.Tests.EndToEnd;

public sealed class BrowserCollectionFirstTests
{
    [Fact]
    public void The_browser_collection_comes_first_and_the_others_keep_the_default_order()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(BrowserCollectionFirstTests).Assembly));
        ITestCollection Named(string name) => new TestCollection(assembly, null, name);
        // xUnit's default order sorts by a hash of each collection's unique id, which includes the assembly's path: take
        // the first set of names whose default order does not start with the browser collection, so that this test
        // could catch an orderer that changes nothing wherever the clone lies.
        var (collections, defaultOrder) = Enumerable.Range(0, 64)
            .Select(i => new[] { Named($"Test collection for A{i}"), Named($"Test collection for B{i}"), Named("browser"), Named($"Test collection for C{i}") })
            .Select(set => (Set: set, Default: new DefaultTestCollectionOrderer().OrderTestCollections(set).Select(c => c.DisplayName).ToList()))
            .First(candidate => candidate.Default[0] != "browser");

        var ordered = new BrowserCollectionFirst().OrderTestCollections(collections).Select(c => c.DisplayName).ToList();

        Assert.Equal("browser", ordered[0]);
        Assert.Equal(defaultOrder.Where(n => n != "browser"), ordered.Skip(1));
        Assert.Equal(4, ordered.Count);
    }
}
