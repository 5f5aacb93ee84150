using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
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
    public required RoundMode Mode { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public required RoundStatus Status { get; init; }
    public required long Jurisdictions { get; init; }
    public required long Responses { get; init; }
    /// <summary>Responses submitted or accepted.</summary>
    public required long Done { get; init; }
}

/// <summary>One rater's response in a round, with how far it is (Core's Completeness).</summary>
public sealed record ResponseProgress(
    long ResponseId, string JurisdictionCode, long RaterId, string RaterUserName, string RaterName, ResponseStatus Status,
    Completeness Completeness);

/// <summary>Which rounds a reader may list: the statuses shown and, for raters, only their assigned rounds.</summary>
public sealed record RoundFilter(IReadOnlyCollection<RoundStatus> Statuses, long? AssignedTo = null);

/// <summary>The rounds list and the progress board, each read in one set-based query.</summary>
public sealed class RoundOverview(AssessmentDb db)
{
    public IReadOnlyList<RoundSummary> List(RoundFilter filter)
    {
        using var c = db.OpenRead();
        return c.Query<SummaryRow>($"""
            SELECT r.id AS Id, r.name AS Name, s.instrument_id AS InstrumentId, s.instrument_version AS InstrumentVersion,
                   r.mode AS Mode, r.opens_at AS OpensAt, r.closes_at AS ClosesAt, r.status AS Status,
                   count(DISTINCT x.jurisdiction_code) AS Jurisdictions, count(x.id) AS Responses,
                   count(CASE WHEN {db.Dialect.In("x.status", "@Done")} THEN 1 END) AS Done
            FROM rounds r
            JOIN instrument_snapshots s ON s.id = r.snapshot_id
            LEFT JOIN responses x ON x.round_id = r.id
            WHERE {db.Dialect.In("r.status", "@Statuses")}
              AND (@AssignedTo IS NULL OR EXISTS (SELECT 1 FROM assignments a WHERE a.round_id = r.id AND a.rater_id = @AssignedTo))
            GROUP BY r.id, s.id
            ORDER BY r.created_at DESC, r.id DESC
            """, new
        {
            Statuses = filter.Statuses.Select(StoredNames.Name).ToArray(),
            filter.AssignedTo,
            Done = Enum.GetValues<ResponseStatus>().Where(RoundLifecycle.IsDone).Select(StoredNames.Name).ToArray(),
        }).Select(r => r.ToSummary()).ToList();
    }

    /// <summary>
    /// Every response of a round with its completeness: the responses in one query, then every answered (response,
    /// item) pair of the round in one streamed query, counted by Core's Completeness against the round's instrument.
    /// </summary>
    public IReadOnlyList<ResponseProgress> Board(long roundId, Instrument instrument)
    {
        using var c = db.OpenRead();
        using var tx = db.Dialect.BeginSnapshotRead(c); // both reads see the same moment
        var responses = c.Query<(long Id, string Code, long RaterId, string UserName, string Name, string Status)>("""
            SELECT r.id, r.jurisdiction_code, r.rater_id, u.user_name, u.display_name, r.status
            FROM responses r JOIN accounts u ON u.id = r.rater_id
            WHERE r.round_id = @roundId
            ORDER BY r.jurisdiction_code, r.rater_id
            """, new { roundId }, tx).AsList();
        var counter = new Completeness.Counter(instrument);
        foreach (var (responseId, itemId) in c.Query<(long, string)>("""
            SELECT a.response_id, a.item_id FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE r.round_id = @roundId AND a.value IS NOT NULL
            """, new { roundId }, tx, buffered: false))
            counter.Add(responseId, itemId);
        return responses.Select(r => new ResponseProgress(r.Id, r.Code, r.RaterId, r.UserName, r.Name,
            StoredNames.ParseResponseStatus(r.Status), counter.Of(r.Id))).ToList();
    }

    // The list's row as SQLite returns it (counts as integers, the mode and status as their stored names).
    private sealed record SummaryRow
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
        public required long Done { get; init; }

        public RoundSummary ToSummary() => new()
        {
            Id = Id,
            Name = Name,
            InstrumentId = InstrumentId,
            InstrumentVersion = InstrumentVersion,
            Mode = StoredNames.ParseRoundMode(Mode),
            OpensAt = OpensAt,
            ClosesAt = ClosesAt,
            Status = StoredNames.ParseRoundStatus(Status),
            Jurisdictions = Jurisdictions,
            Responses = Responses,
            Done = Done,
        };
    }
}
