using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Answers;

public sealed record ReviewRound(
    long Id, string Name, RoundMode Mode, RoundStatus Status, string InstrumentId, string InstrumentVersion, long Jurisdictions, long Responses)
{
    // For Dapper: the mode and status come as their stored names. The mode's column is named StoredMode so that Dapper,
    // which matches constructors by column names and tries public ones first, takes this one (see AssignedResponse).
    private ReviewRound(long Id, string Name, string StoredMode, string Status, string InstrumentId, string InstrumentVersion, long Jurisdictions, long Responses)
        : this(Id, Name, StoredNames.ParseRoundMode(StoredMode), StoredNames.ParseRoundStatus(Status), InstrumentId, InstrumentVersion, Jurisdictions, Responses) { }
}

/// <summary>One rater's response as the lead evaluator sees it.</summary>
public sealed record ReviewResponse(long Id, string JurisdictionCode, long RaterId, string Rater, string RaterName, ResponseStatus Status)
{
    // For Dapper: the status comes as its stored name.
    private ReviewResponse(long Id, string JurisdictionCode, long RaterId, string Rater, string RaterName, string Status)
        : this(Id, JurisdictionCode, RaterId, Rater, RaterName, StoredNames.ParseResponseStatus(Status)) { }
}

/// <summary>A stored rater answer with its evidence; Value is canonical AnswerText (never null here).</summary>
public sealed record ReviewAnswer(long ResponseId, string ItemId, string Value, string? EvidenceText, string? EvidenceLink, string UpdatedAt);

public sealed record ReviewReconciled(string JurisdictionCode, string ItemId, string Value, string Reason, string SetBy, string SetAt);

/// <summary>
/// The reads of the review pages. Each is one set-based query for a whole round or one jurisdiction of it, never
/// a query per jurisdiction or per item. Responses come in (jurisdiction, rater id) order, the order RoundScores
/// gives the raters, so a rater keeps one column everywhere.
/// </summary>
public sealed class ReviewReader(AssessmentDb db)
{
    private const string RoundSql = """
        SELECT r.id AS Id, r.name AS Name, r.mode AS StoredMode, r.status AS Status, s.instrument_id AS InstrumentId,
               s.instrument_version AS InstrumentVersion,
               (SELECT count(DISTINCT x.jurisdiction_code) FROM responses x WHERE x.round_id = r.id) AS Jurisdictions,
               (SELECT count(*) FROM responses x WHERE x.round_id = r.id) AS Responses
        FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id
        """;

    /// <summary>Rounds that have raters to review (not drafts), newest first.</summary>
    public IReadOnlyList<ReviewRound> Rounds()
    {
        using var c = db.OpenRead();
        return c.Query<ReviewRound>(RoundSql + " WHERE r.status <> @draft ORDER BY r.created_at DESC, r.id DESC",
            new { draft = RoundStatus.Draft.Name() }).ToList();
    }

    public ReviewRound? Round(long roundId)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<ReviewRound>(RoundSql + " WHERE r.id = @roundId", new { roundId });
    }

    public Instrument Instrument(long roundId) => new Instruments.SnapshotStore(db).ForRound(roundId);

    /// <param name="jurisdictionCode">One jurisdiction, or null for the whole round.</param>
    public IReadOnlyList<ReviewResponse> Responses(long roundId, string? jurisdictionCode = null)
    {
        using var c = db.OpenRead();
        return c.Query<ReviewResponse>("""
            SELECT r.id AS Id, r.jurisdiction_code AS JurisdictionCode, r.rater_id AS RaterId, u.user_name AS Rater,
                   u.display_name AS RaterName, r.status AS Status
            FROM responses r JOIN accounts u ON u.id = r.rater_id
            WHERE r.round_id = @roundId AND (@jurisdictionCode IS NULL OR r.jurisdiction_code = @jurisdictionCode)
            ORDER BY r.jurisdiction_code, r.rater_id
            """, new { roundId, jurisdictionCode }).ToList();
    }

    /// <summary>Answers that say something (cleared answers are left out), with their evidence.</summary>
    public IReadOnlyList<ReviewAnswer> Answers(long roundId, string? jurisdictionCode = null)
    {
        using var c = db.OpenRead();
        return c.Query<ReviewAnswer>("""
            SELECT a.response_id AS ResponseId, a.item_id AS ItemId, a.value AS Value, a.evidence_text AS EvidenceText,
                   a.evidence_link AS EvidenceLink, a.updated_at AS UpdatedAt
            FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE r.round_id = @roundId AND (@jurisdictionCode IS NULL OR r.jurisdiction_code = @jurisdictionCode)
              AND a.value IS NOT NULL
            """, new { roundId, jurisdictionCode }).ToList();
    }

    public IReadOnlyList<ReviewReconciled> Reconciled(long roundId, string? jurisdictionCode = null)
    {
        using var c = db.OpenRead();
        return c.Query<ReviewReconciled>("""
            SELECT x.jurisdiction_code AS JurisdictionCode, x.item_id AS ItemId, x.value AS Value, x.reason AS Reason,
                   u.user_name AS SetBy, x.set_at AS SetAt
            FROM reconciled_answers x JOIN accounts u ON u.id = x.set_by
            WHERE x.round_id = @roundId AND (@jurisdictionCode IS NULL OR x.jurisdiction_code = @jurisdictionCode)
            """, new { roundId, jurisdictionCode }).ToList();
    }
}
