using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>A round as the dashboards label it: which instrument version it ran and whether its data is illustrative.</summary>
public sealed record DashboardRound(
    long Id, string Name, RoundStatus Status, RoundMode Mode, string InstrumentId, string InstrumentVersion, bool IsDemo, string CreatedAt)
{
    // For Dapper, whose constructor mapping needs each column's own type: the status and mode come as their stored
    // names, is_demo as an integer.
    private DashboardRound(long Id, string Name, string Status, string Mode, string InstrumentId, string InstrumentVersion, long IsDemo, string CreatedAt)
        : this(Id, Name, StoredNames.ParseRoundStatus(Status), StoredNames.ParseRoundMode(Mode), InstrumentId, InstrumentVersion, IsDemo != 0, CreatedAt) { }

    public bool IsPublished => Status == RoundStatus.Published;
}

/// <summary>The reads the dashboards need beside <see cref="Scores.RoundScores"/>: set-based, one query each.</summary>
public static class DashboardQueries
{
    public static IReadOnlyList<DashboardRound> Rounds(AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.Query<DashboardRound>(RoundSql + " ORDER BY r.created_at DESC, r.id DESC").ToList();
    }

    public static DashboardRound? Round(AssessmentDb db, long roundId)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<DashboardRound>(RoundSql + " WHERE r.id = @roundId", new { roundId });
    }

    /// <summary>The jurisdictions with these codes and all their ancestors (prefecture, province), in one query.</summary>
    public static IReadOnlyDictionary<string, Jurisdiction> JurisdictionsWithAncestors(AssessmentDb db, IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0) return new Dictionary<string, Jurisdiction>();
        using var c = db.OpenRead();
        return c.Query<Jurisdiction>($"""
            WITH RECURSIVE up(code) AS (
                SELECT code FROM jurisdictions WHERE {db.Dialect.In("code", "@codes")}
                UNION SELECT j.parent_code FROM jurisdictions j JOIN up ON j.code = up.code WHERE j.parent_code IS NOT NULL)
            SELECT code AS Code, name_zh AS NameZh, name_en AS NameEn, level AS Level, kind AS Kind, parent_code AS ParentCode
            FROM jurisdictions WHERE code IN (SELECT code FROM up)
            """, new { codes = codes.ToArray() }).ToDictionary(j => j.Code, StringComparer.Ordinal);
    }

    private const string RoundSql = """
        SELECT r.id AS Id, r.name AS Name, r.status AS Status, r.mode AS Mode, s.instrument_id AS InstrumentId,
               s.instrument_version AS InstrumentVersion, r.is_demo AS IsDemo, r.created_at AS CreatedAt
        FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id
        """;
}
