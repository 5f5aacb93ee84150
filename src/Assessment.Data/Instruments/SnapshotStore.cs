using System.Security.Cryptography;
using System.Text;
using Assessment.Core.Instruments;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Instruments;

public sealed record InstrumentSnapshot(long Id, string Sha256, string InstrumentId, string InstrumentVersion, string SourceName, string CreatedAt);

/// <summary>The outcome of storing an instrument's text: a snapshot, or the loader's problems (nothing stored).</summary>
public sealed record SnapshotResult(InstrumentSnapshot? Snapshot, IReadOnlyList<InstrumentProblem> Problems);

/// <summary>Instrument texts stored as immutable snapshots (0002 refuses UPDATE and DELETE on them).</summary>
public sealed class SnapshotStore(AssessmentDb db)
{
    private const string Columns = """
        id AS Id, sha256 AS Sha256, instrument_id AS InstrumentId, instrument_version AS InstrumentVersion,
        source_name AS SourceName, created_at AS CreatedAt
        """;

    /// <summary>Stores the text if it loads; the same text again returns the existing snapshot.</summary>
    public SnapshotResult Add(string yaml, string sourceName, string actor)
    {
        var loaded = InstrumentLoader.LoadText(yaml, sourceName);
        if (!loaded.IsValid) return new SnapshotResult(null, loaded.Problems);
        var instrument = loaded.Instrument!;
        var sha = Sha256(yaml);
        var id = db.Writer.Write((c, tx) =>
        {
            var at = Clock.Stamp(db.Time);
            // The unique sha256 decides "the same text again", not a read before the insert: two nodes storing the same
            // file at once would both find nothing. The second inserts nothing (on PostgreSQL after the first commits)
            // and returns the first's snapshot.
            var newId = c.ExecuteScalar<long?>("""
                INSERT INTO instrument_snapshots (sha256, instrument_id, instrument_version, source_name, yaml, created_at)
                VALUES (@sha, @Id, @Version, @sourceName, @yaml, @at)
                ON CONFLICT (sha256) DO NOTHING
                RETURNING id
                """, new { sha, instrument.Id, instrument.Version, sourceName, yaml, at }, tx);
            if (newId is not { } inserted)
                return c.QuerySingle<long>("SELECT id FROM instrument_snapshots WHERE sha256 = @sha", new { sha }, tx);
            AuditLog.Append(c, tx, at, actor, "instrument_snapshot", inserted.ToString(), null, $"{instrument.Id} {instrument.Version} sha256 {sha}");
            return inserted;
        });
        return new SnapshotResult(Find(id), []);
    }

    public InstrumentSnapshot? Find(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<InstrumentSnapshot>($"SELECT {Columns} FROM instrument_snapshots WHERE id = @id", new { id });
    }

    public string Text(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingle<string>("SELECT yaml FROM instrument_snapshots WHERE id = @id", new { id });
    }

    /// <summary>The parsed instrument of a round (parsed once per snapshot per process).</summary>
    public Instrument ForRound(long roundId)
    {
        using var c = db.OpenRead();
        var row = c.QuerySingleOrDefault<(string Sha, string Yaml)>("""
            SELECT s.sha256, s.yaml FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id WHERE r.id = @roundId
            """, new { roundId });
        if (row.Sha is null) throw new ArgumentException($"No round has id {roundId}.");
        return db.Snapshots.Get(row.Sha, row.Yaml);
    }

    internal static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
