using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

// Init properties, not positional records: with no rows SQLite reports count columns as BLOB and Dapper's
// constructor matching fails (see SnapshotsInUse).

/// <summary>One round in the rounds list: its instrument, window, status and how far its responses are.</summary>
public sealed record RoundSummary
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required string InstrumentId { get; init; }
    public required string InstrumentVersion { get; init; }
    public required string Mode { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public required string Status { get; init; }
    public required long Jurisdictions { get; init; }
    public required long Responses { get; init; }
    /// <summary>Responses submitted or accepted.</summary>
    public required long Done { get; init; }
}

/// <summary>One rater's response in a round, with how many scored items it answers (an NA counts as answered).</summary>
public sealed record ResponseProgress
{
    public required long ResponseId { get; init; }
    public required string JurisdictionCode { get; init; }
    public required long RaterId { get; init; }
    public required string RaterUserName { get; init; }
    public required string RaterName { get; init; }
    public required string Status { get; init; }
    public required long Answered { get; init; }
}

/// <summary>Which rounds a reader may list: the statuses shown and, for raters, only their assigned rounds.</summary>
public sealed record RoundFilter(IReadOnlyCollection<string> Statuses, long? AssignedTo = null);

/// <summary>The rounds list and the progress board, each read in one set-based query.</summary>
public sealed class RoundOverview(AssessmentDb db)
{
    public IReadOnlyList<RoundSummary> List(RoundFilter filter)
    {
        using var c = db.OpenRead();
        return c.Query<RoundSummary>("""
            SELECT r.id AS Id, r.name AS Name, s.instrument_id AS InstrumentId, s.instrument_version AS InstrumentVersion,
                   r.mode AS Mode, r.opens_at AS OpensAt, r.closes_at AS ClosesAt, r.status AS Status,
                   count(DISTINCT x.jurisdiction_code) AS Jurisdictions, count(x.id) AS Responses,
                   count(CASE WHEN x.status IN ('submitted', 'accepted') THEN 1 END) AS Done
            FROM rounds r
            JOIN instrument_snapshots s ON s.id = r.snapshot_id
            LEFT JOIN responses x ON x.round_id = r.id
            WHERE r.status IN @Statuses
              AND (@AssignedTo IS NULL OR EXISTS (SELECT 1 FROM assignments a WHERE a.round_id = r.id AND a.rater_id = @AssignedTo))
            GROUP BY r.id
            ORDER BY r.created_at DESC, r.id DESC
            """, new { Statuses = filter.Statuses.ToArray(), filter.AssignedTo }).ToList();
    }

    /// <summary>
    /// Every response of a round with its answered count, in one query: answers are counted per response through
    /// the answers primary key, only for the items given (the scored ones of the round's instrument).
    /// </summary>
    public IReadOnlyList<ResponseProgress> Board(long roundId, IReadOnlyCollection<string> scoredItemIds)
    {
        using var c = db.OpenRead();
        return c.Query<ResponseProgress>("""
            SELECT r.id AS ResponseId, r.jurisdiction_code AS JurisdictionCode, r.rater_id AS RaterId,
                   u.user_name AS RaterUserName, u.display_name AS RaterName, r.status AS Status,
                   count(a.item_id) AS Answered
            FROM responses r
            JOIN accounts u ON u.id = r.rater_id
            LEFT JOIN answers a ON a.response_id = r.id AND a.value IS NOT NULL AND a.item_id IN @items
            WHERE r.round_id = @roundId
            GROUP BY r.id
            ORDER BY r.jurisdiction_code, r.rater_id
            """, new { roundId, items = scoredItemIds.ToArray() }).ToList();
    }
}
