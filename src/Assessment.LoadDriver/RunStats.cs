using System.Collections.Concurrent;

namespace Assessment.LoadDriver;

/// <summary>Save round trips (from the click leaving the driver to the page saying "saved"), outcomes and errors.</summary>
public sealed class RunStats
{
    // Each round trip with when it ended (Stopwatch ticks), so a step run can take the figures of one step alone.
    private readonly ConcurrentQueue<(long At, double Ms)> latencies = new();
    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly ConcurrentQueue<string> errors = new();

    public void Latency(double ms) => latencies.Enqueue((System.Diagnostics.Stopwatch.GetTimestamp(), ms));
    public void Count(string what) => counts.AddOrUpdate(what, 1, (_, n) => n + 1);
    public int this[string what] => counts.GetValueOrDefault(what);

    public void Error(string kind, string detail)
    {
        Count("error: " + kind);
        if (errors.Count < 20) errors.Enqueue($"{kind}: {detail}");
    }

    public int Errors => counts.Where(c => c.Key.StartsWith("error: ", StringComparison.Ordinal)).Sum(c => c.Value);
    public IEnumerable<string> ErrorExamples => errors;
    public IReadOnlyDictionary<string, int> Counts => counts;

    /// <summary>Round trip percentiles of the saves acknowledged from <paramref name="since"/> (Stopwatch ticks) on.</summary>
    public (int Count, double P50, double P95, double P99, double Max) Saves(long since = 0)
    {
        var sorted = latencies.Where(l => l.At >= since).Select(l => l.Ms).OrderBy(x => x).ToArray();
        if (sorted.Length == 0) return (0, 0, 0, 0, 0);
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (sorted.Length, P(0.50), P(0.95), P(0.99), sorted[^1]);
    }
}
