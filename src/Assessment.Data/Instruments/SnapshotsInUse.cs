using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Instruments;

/// <summary>A stored instrument snapshot with the rounds bound to it (web app's instruments page).</summary>
// Init properties, not a positional record: with no rows SQLite reports the count column as BLOB, and Dapper's
// constructor matching then fails even though there is nothing to read.
public sealed record SnapshotUse
{
    public required long Id { get; init; }
    public required string InstrumentId { get; init; }
    public required string InstrumentVersion { get; init; }
    public required string SourceName { get; init; }
    public required string Sha256 { get; init; }
    public required string CreatedAt { get; init; }
    public required long Rounds { get; init; }
}

public sealed class SnapshotsInUse(AssessmentDb db)
{
    public IReadOnlyList<SnapshotUse> List()
    {
        using var c = db.OpenRead();
        return c.Query<SnapshotUse>("""
            SELECT s.id AS Id, s.instrument_id AS InstrumentId, s.instrument_version AS InstrumentVersion,
                   s.source_name AS SourceName, s.sha256 AS Sha256, s.created_at AS CreatedAt,
                   (SELECT count(*) FROM rounds r WHERE r.snapshot_id = s.id) AS Rounds
            FROM instrument_snapshots s
            ORDER BY s.instrument_id, s.instrument_version, s.id
            """).ToList();
    }
}
