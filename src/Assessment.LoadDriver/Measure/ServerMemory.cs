using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;

namespace Assessment.LoadDriver.Measure;

/// <summary>The app's memory at one moment: live GC heap after a forced full collection, and resident memory.</summary>
public sealed record MemorySample(double HeapMiB, double RssMiB);

/// <summary>
/// Measures the app's managed memory without an endpoint of its own: a full blocking GC is forced through EventPipe
/// (the GCHeapCollect keyword, as dotnet-gcdump does), then the runtime's meter on /metrics gives the heap size that
/// collection left, less its fragmentation: what the live objects take. RSS is an upper bound (the GC keeps freed
/// segments); the live heap is what each circuit really holds.
/// </summary>
public static class ServerMemory
{
    private const long GcKeyword = 0x1, GcHeapCollectKeyword = 0x800000;

    /// <summary>One node, scraped at its own address (through the proxy another node could answer).</summary>
    public static async Task<MemorySample> MeasureAsync(AppProcess app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.Url), Timeout = TimeSpan.FromSeconds(30) };
        var before = Sum(await ScrapeAsync(http), "dotnet_gc_collections_total{", "gen2");
        var client = new DiagnosticsClient(app.Pid);
        using (var session = client.StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword), requestRundown: false))
        {
            // The session's events are not needed, only the collection it causes; the stream is drained so it does not block.
            var drain = session.EventStream.CopyToAsync(Stream.Null);
            for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(250))
                if (Sum(await ScrapeAsync(http), "dotnet_gc_collections_total{", "gen2") > before) break;
            session.Stop();
            try { await drain; } catch (Exception) { /* the session's stream ends with the session */ }
        }
        var metrics = await ScrapeAsync(http);
        var heap = Sum(metrics, "dotnet_gc_last_collection_heap_size_bytes{", null)
            - Sum(metrics, "dotnet_gc_last_collection_heap_fragmentation_size_bytes{", null);
        return new MemorySample(heap / 1024 / 1024, app.Usage().RssMiB);
    }

    // A scrape answer is cached by the exporter for a moment; a fresh request after that sees the new collection.
    private static async Task<string[]> ScrapeAsync(HttpClient http) =>
        (await http.GetStringAsync("/metrics")).Split('\n');

    /// <summary>The sum of a metric's series (optionally only those whose labels contain <paramref name="label"/>).</summary>
    public static double Sum(IEnumerable<string> lines, string prefix, string? label) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && (label is null || l.Contains('"' + label + '"', StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
