using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Answers;

/// <summary>
/// What one rater wrote for one item, without the rater: the comparison pages show answers and evidence side by side
/// but never say who gave them. <see cref="Position"/> is the rater's place in rater-id order, the same order
/// <see cref="Scores.RoundScores"/> gives ItemAnswers.ByRater.
/// </summary>
public sealed record ItemEvidence(string JurisdictionCode, string ItemId, int Position, string? EvidenceText, string? EvidenceLink);

/// <summary>A round's dates, for pairing a self-assessment with an external evaluation of the same period.</summary>
public sealed record RoundDates(long RoundId, string? OpensAt, string? ClosesAt, string CreatedAt);

/// <summary>Reads for the compare and self-versus-external dashboards: one set-based query each.</summary>
public static class ComparisonQueries
{
    /// <summary>Evidence given in a round for these jurisdictions (only rows with some evidence).</summary>
    public static IReadOnlyList<ItemEvidence> Evidence(AssessmentDb db, long roundId, IReadOnlyCollection<string> codes)
    {
        if (codes.Count == 0) return [];
        using var c = db.OpenRead();
        return c.Query<EvidenceRow>($"""
            SELECT r.jurisdiction_code AS JurisdictionCode, a.item_id AS ItemId,
                   CAST((SELECT COUNT(*) FROM responses o WHERE o.round_id = r.round_id AND o.jurisdiction_code = r.jurisdiction_code
                        AND o.rater_id < r.rater_id) AS bigint) AS Position,
                   a.evidence_text AS EvidenceText, a.evidence_link AS EvidenceLink
            FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE r.round_id = @roundId AND {db.Dialect.In("r.jurisdiction_code", "@codes")}
              AND (a.evidence_text IS NOT NULL OR a.evidence_link IS NOT NULL)
            ORDER BY r.jurisdiction_code, a.item_id, r.rater_id
            """, new { roundId, codes = codes.ToArray() }).Select(e => e.ToEvidence()).ToList();
    }

    /// <summary>The rounds in which this jurisdiction has at least one response, with their dates.</summary>
    public static IReadOnlyList<RoundDates> RoundsRating(AssessmentDb db, string jurisdictionCode)
    {
        using var c = db.OpenRead();
        return c.Query<RoundDates>("""
            SELECT r.id AS RoundId, r.opens_at AS OpensAt, r.closes_at AS ClosesAt, r.created_at AS CreatedAt
            FROM rounds r
            WHERE EXISTS (SELECT 1 FROM responses x WHERE x.round_id = r.id AND x.jurisdiction_code = @jurisdictionCode)
            ORDER BY r.id
            """, new { jurisdictionCode }).ToList();
    }

    // Settable properties, not a positional record: on an empty result SQLite types the computed Position column as
    // a blob, and Dapper then finds no constructor to match even though no row will ever be read.
    private sealed class EvidenceRow
    {
        public string JurisdictionCode { get; set; } = "";
        public string ItemId { get; set; } = "";
        public long Position { get; set; }
        public string? EvidenceText { get; set; }
        public string? EvidenceLink { get; set; }

        public ItemEvidence ToEvidence() => new(JurisdictionCode, ItemId, (int)Position, EvidenceText, EvidenceLink);
    }
}
