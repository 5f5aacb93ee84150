using System.Collections.Concurrent;
using Assessment.Core.Instruments;

namespace Assessment.Data.Database;

/// <summary>Parsed instrument snapshots by SHA-256: a snapshot never changes, so it is parsed once per process.</summary>
internal sealed class SnapshotCache
{
    private readonly ConcurrentDictionary<string, Instrument> parsed = new(StringComparer.Ordinal);

    public Instrument Get(string sha256, string yaml) =>
        parsed.GetOrAdd(sha256, _ =>
        {
            var result = InstrumentLoader.LoadText(yaml, $"instrument snapshot {sha256[..12]}");
            return result.IsValid
                ? result.Instrument!
                : throw new InvalidOperationException(
                    $"Stored instrument snapshot {sha256[..12]} no longer loads: {string.Join("; ", result.Problems)}");
        });
}
