using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assessment.Data.Answers;

namespace Assessment.Data.Telemetry;

/// <summary>
/// The store's metrics, on the one meter the app exports (OpenTelemetry, off by default). Measured in the store, so
/// saves from every caller count: the questionnaire, the review page and the command line's import alike. Tags
/// carry outcomes only, never who saved or what: metrics leave the machine and must hold no personal data.
/// </summary>
public static class StoreMetrics
{
    public const string MeterName = "Assessment";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Saves = Meter.CreateCounter<long>(
        "assessment.answer.saves", unit: "{save}", description: "Answer saves by outcome (saved, unchanged, conflict, invalid, read_only, storage_full, failed)");

    private static readonly Histogram<double> SaveDuration = Meter.CreateHistogram<double>(
        "assessment.answer.save.duration", unit: "ms", description: "Time from the save call to its commit or refusal, queueing for the single writer included",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000] });

    /// <summary>Times <paramref name="save"/> and counts its outcome; an exception counts as "failed" and is rethrown.</summary>
    public static async Task<SaveResult> MeasureAsync(Func<Task<SaveResult>> save)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await save().ConfigureAwait(false);
            outcome = Outcome(result);
            return result;
        }
        finally
        {
            Record(outcome, started);
        }
    }

    private static void Record(string outcome, long started)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        Saves.Add(1, tag);
        SaveDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
    }

    public static string Outcome(SaveResult result) => result switch
    {
        SaveResult.Saved => "saved",
        SaveResult.Unchanged => "unchanged",
        SaveResult.Conflict => "conflict",
        SaveResult.Invalid => "invalid",
        SaveResult.ReadOnly => "read_only",
        SaveResult.StorageFull => "storage_full",
        _ => "other",
    };
}
