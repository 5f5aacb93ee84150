[assembly: CollectionBehavior(MaxParallelThreads = Assessment.Web.Tests.EndToEnd.TestParallelism.Collections)]

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// How many test collections xUnit runs at once. Its default is the number of cores, which on the two-core machine
/// would give both slots to the two browser collections and leave the other ~450 tests waiting behind them; with one
/// slot more they run beside the browser collections, as they did beside the single one. One slot, not more: on a quiet
/// machine they took 2-4 min in it, well inside the browser collections' time, and more of them at once would take CPU
/// from the browser tests, the critical path (reports/benchmarks/2026-12-02-test-suite.md, which also shows that under
/// heavy load from elsewhere the one slot lasted as long as the browser collections).
/// </summary>
public static class TestParallelism
{
    public const int Collections = 3;
}
