using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Assessment.Web.Tests.EndToEnd.BrowserCollectionFirst", "Assessment.Web.Tests")]

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// Starts the browser collection before every other collection, the rest in xUnit's default order. xUnit 2.9 lets
/// only as many collections run at once as the machine has cores (its "conservative" algorithm holds a slot for a
/// whole collection), so on two cores the browser collection, the longest by far and sequential, waited for a free
/// slot behind the short classes (about 3 min in a run of b043176) and ended the run alone; started first, the
/// short classes run beside it in the other slot.
/// </summary>
public sealed class BrowserCollectionFirst : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer defaultOrder = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        defaultOrder.OrderTestCollections(testCollections).OrderBy(c => c.DisplayName == BrowserCollection.Name ? 0 : 1);
}
