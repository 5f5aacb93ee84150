using System.Collections.Concurrent;
using Assessment.Core.Instruments;

namespace Assessment.Data.Database;

/// <summary>Parsed instrument snapshots by SHA-256: a snapshot never changes, so it is parsed once per process.</summary>
internal sealed class SnapshotCache
{
    private readonly ConcurrentDictionary<string, Instrument> parsed = new(StringComparer.Ordinal);

    public Instrument Get(string sha256, string yaml) => Get(sha256, () => yaml);

    /// <summary>Reads the text only when the snapshot is not parsed yet.</summary>
    public Instrument Get(string sha256, Func<string> yamlOf) =>
        parsed.GetOrAdd(sha256, _ =>
        {
            var yaml = yamlOf();
            var result = InstrumentLoader.LoadText(yaml, $"instrument snapshot {sha256[..12]}");
            return result.IsValid
                ? result.Instrument!
                : throw new InvalidOperationException(
                    $"Stored instrument snapshot {sha256[..12]} no longer loads: {string.Join("; ", result.Problems)}");
        });
}
