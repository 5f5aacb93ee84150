using Assessment.Web.Reports;

namespace Assessment.Web.Tests.Reports;

public class ReportPipelineTests
{
    [Fact]
    public async Task Renders_in_order_finishes_every_item_and_never_more_than_the_limit_at_once()
    {
        var rendered = new List<int>();
        var finished = new System.Collections.Concurrent.ConcurrentBag<(int, string)>();
        var running = 0;
        var most = 0;
        await ReportPipeline.RunAsync(Enumerable.Range(1, 20),
            i => { rendered.Add(i); return Task.FromResult($"<p>{i}</p>"); },
            async (i, html) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(15);
                finished.Add((i, html));
                Interlocked.Decrement(ref running);
            },
            atOnce: 3, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 20), rendered);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (i, $"<p>{i}</p>")), finished.OrderBy(f => f.Item1));
        Assert.InRange(most, 2, 3);
    }

    [Fact]
    public async Task A_failed_print_fails_the_batch()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ReportPipeline.RunAsync(Enumerable.Range(1, 5),
            i => Task.FromResult(i.ToString()),
            (i, _) => i == 3 ? throw new InvalidOperationException("printer gone") : Task.CompletedTask,
            atOnce: 2, CancellationToken.None));
        Assert.Equal("printer gone", error.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
