using Microsoft.Playwright;

namespace Assessment.Benchmarks.Pages;

/// <summary>The loads of one page: a first visit in a fresh browser context (cold cache) and a second one in the same context (warm).</summary>
public sealed record PageSamples(string Name, IReadOnlyList<PageLoad> Cold, IReadOnlyList<PageLoad> Warm);

public static class PageMetrics
{
    /// <param name="newContext">A fresh browser context carrying the session of the account that sees the page.</param>
    public static async Task<PageSamples> MeasureAsync(string name, Func<Task<IBrowserContext>> newContext, string path, string marker, int runs)
    {
        var cold = new List<PageLoad>();
        var warm = new List<PageLoad>();
        // One run more than asked and the first not counted: it JIT-compiles the server's paths and scores the round.
        for (var run = 0; run <= runs; run++)
        {
            var context = await newContext();
            try
            {
                var page = await context.NewPageAsync();
                var meter = await PageLoadMeter.AttachAsync(page);
                var first = await meter.LoadAsync(path, marker);
                // Through about:blank: a navigation to the URL already shown would be a reload, which revalidates.
                await page.GotoAsync("about:blank");
                var second = await meter.LoadAsync(path, marker);
                Console.WriteLine($"  {name} {(run == 0 ? "warm-up" : $"run {run}")}: cold {Describe(first)}; warm {Describe(second)}");
                if (run == 0) continue;
                cold.Add(first);
                warm.Add(second);
            }
            finally
            {
                await context.CloseAsync();
            }
        }
        return new PageSamples(name, cold, warm);
    }

    /// <summary>The floor: a static file of the same server, each run in a fresh context.</summary>
    public static async Task<PageSamples> MeasureStaticAsync(string name, Func<Task<IBrowserContext>> newContext, string path, int runs)
    {
        var cold = new List<PageLoad>();
        for (var run = 0; run <= runs; run++)
        {
            var context = await newContext();
            try
            {
                var load = await (await PageLoadMeter.AttachAsync(await context.NewPageAsync())).LoadStaticAsync(path);
                if (run > 0) cold.Add(load);
            }
            finally
            {
                await context.CloseAsync();
            }
        }
        Console.WriteLine($"  {name}: {string.Join("; ", cold.Select(Describe))}");
        return new PageSamples(name, cold, []);
    }

    private static string Describe(PageLoad load) =>
        $"{load.Milliseconds:F0} ms, {load.HttpBytes / 1024.0:F1} KiB HTTP + {load.WebSocketBytes / 1024.0:F1} KiB WebSocket";
}
