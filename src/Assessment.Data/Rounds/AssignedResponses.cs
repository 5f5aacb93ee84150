using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>One rater's response with what a questionnaire page needs to know about its round and jurisdiction.</summary>
// Init properties, not a positional record: Dapper maps SQLite's loosely typed columns to them by name.
public sealed record AssignedResponse
{
    public required long ResponseId { get; init; }
    public required long RoundId { get; init; }
    public required string RoundName { get; init; }
    public required string RoundMode { get; init; }
    public required RoundStatus RoundStatus { get; init; }
    public required string JurisdictionCode { get; init; }
    public required string JurisdictionNameZh { get; init; }
    public required string JurisdictionNameEn { get; init; }
    public required long RaterId { get; init; }
    public required ResponseStatus Status { get; init; }
}

/// <summary>The reads behind the questionnaire pages: a rater's responses and where they left off.</summary>
public sealed class AssignedResponses(AssessmentDb db)
{
    private const string Select = """
        SELECT r.id AS ResponseId, rd.id AS RoundId, rd.name AS RoundName, rd.mode AS RoundMode, rd.status AS RoundStatus,
               j.code AS JurisdictionCode, j.name_zh AS JurisdictionNameZh, j.name_en AS JurisdictionNameEn,
               r.rater_id AS RaterId, r.status AS Status
        FROM responses r JOIN rounds rd ON rd.id = r.round_id JOIN jurisdictions j ON j.code = r.jurisdiction_code
        """;

    /// <summary>Every response assigned to the rater, newest round first.</summary>
    public IReadOnlyList<AssignedResponse> ForRater(long raterId)
    {
        using var c = db.OpenRead();
        return c.Query<Row>($"{Select} WHERE r.rater_id = @raterId ORDER BY rd.id DESC, j.code", new { raterId }).Select(r => r.ToResponse()).ToList();
    }

    /// <summary>The rater's own response for one jurisdiction in one round; null when they are not assigned to it.</summary>
    public AssignedResponse? Find(long roundId, string jurisdictionCode, long raterId)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Row>(
            $"{Select} WHERE r.round_id = @roundId AND r.jurisdiction_code = @jurisdictionCode AND r.rater_id = @raterId",
            new { roundId, jurisdictionCode, raterId })?.ToResponse();
    }

    /// <summary>
    /// The item of the response saved last: where the rater left off. Every change is saved as it happens, so the
    /// last saved answer is the last item touched, and it survives a restart without a table of its own.
    /// </summary>
    public string? LastTouchedItem(long responseId)
    {
        using var c = db.OpenRead();
        return c.QueryFirstOrDefault<string>(
            "SELECT item_id FROM answers WHERE response_id = @responseId ORDER BY updated_at DESC, version DESC LIMIT 1",
            new { responseId });
    }

    // The row as SQLite returns it: statuses as their stored names.
    private sealed record Row
    {
        public required long ResponseId { get; init; }
        public required long RoundId { get; init; }
        public required string RoundName { get; init; }
        public required string RoundMode { get; init; }
        public required string RoundStatus { get; init; }
        public required string JurisdictionCode { get; init; }
        public required string JurisdictionNameZh { get; init; }
        public required string JurisdictionNameEn { get; init; }
        public required long RaterId { get; init; }
        public required string Status { get; init; }

        public AssignedResponse ToResponse() => new()
        {
            ResponseId = ResponseId,
            RoundId = RoundId,
            RoundName = RoundName,
            RoundMode = RoundMode,
            RoundStatus = StoredNames.ParseRoundStatus(RoundStatus),
            JurisdictionCode = JurisdictionCode,
            JurisdictionNameZh = JurisdictionNameZh,
            JurisdictionNameEn = JurisdictionNameEn,
            RaterId = RaterId,
            Status = StoredNames.ParseResponseStatus(Status),
        };
    }
}
