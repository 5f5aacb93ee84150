[assembly: CollectionBehavior(MaxParallelThreads = Assessment.Web.Tests.EndToEnd.TestParallelism.Collections)]

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// How many test collections xUnit runs at once. Its default is the number of cores, which on the two-core machine
/// would give both slots to the two browser collections and leave the other ~450 tests waiting behind them; with one
/// slot more they run beside the browser collections, as they did beside the single one. Not more than one: the other
/// tests took 2-4 min in one slot, well inside the browser collections' time, and more of them at once would take CPU
/// from the browser tests, which are the critical path (reports/benchmarks/2026-12-02-test-suite.md).
/// </summary>
public static class TestParallelism
{
    public const int Collections = 3;
}
