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
        var collections = new[] { Named("Test collection for A"), Named("Test collection for B"), Named("browser"), Named("Test collection for C") };

        var defaultOrder = new DefaultTestCollectionOrderer().OrderTestCollections(collections).Select(c => c.DisplayName).ToList();
        var ordered = new BrowserCollectionFirst().OrderTestCollections(collections).Select(c => c.DisplayName).ToList();

        // The default order puts it elsewhere (else this test could not catch an orderer that changes nothing).
        Assert.NotEqual("browser", defaultOrder[0]);
        Assert.Equal("browser", ordered[0]);
        Assert.Equal(defaultOrder.Where(n => n != "browser"), ordered.Skip(1));
        Assert.Equal(4, ordered.Count);
    }
}
