using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Assessment.Web.Tests.EndToEnd.BrowserCollectionFirst", "Assessment.Web.Tests")]

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// Starts the browser collections before every other collection, in the order of <see cref="BrowserCollections.Names"/>,
/// the rest in xUnit's default order. xUnit 2.9's default ("conservative") algorithm lets only MaxParallelThreads
/// collections run at once and holds a slot for a whole collection (<see cref="TestParallelism"/>), so a browser
/// collection, the longest by far and sequential inside, would otherwise wait for a free slot behind the short classes
/// (about 3 min in a run of b043176) and end the run alone; started first, the short classes run beside them.
/// </summary>
public sealed class BrowserCollectionFirst : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer defaultOrder = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        defaultOrder.OrderTestCollections(testCollections).OrderBy(Rank);

    /// <summary>A browser collection's place in <see cref="BrowserCollections.Names"/>; the others after them (a stable sort keeps their order).</summary>
    private static int Rank(ITestCollection collection) =>
        BrowserCollections.Names.IndexOf(collection.DisplayName) is var index and >= 0 ? index : BrowserCollections.Names.Length;
}
