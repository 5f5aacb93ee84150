using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>One rater's response with what a questionnaire page needs to know about its round and jurisdiction.</summary>
public sealed record AssignedResponse(
    long ResponseId, long RoundId, string RoundName, RoundMode RoundMode, RoundStatus RoundStatus,
    string JurisdictionCode, string JurisdictionNameZh, string JurisdictionNameEn, long RaterId, ResponseStatus Status)
{
    // For Dapper: the mode and statuses come as their stored names, read through StoredNames. The mode's column is
    // named StoredRoundMode so that Dapper, which matches constructors by column names and tries public ones first,
    // takes this one (the public one would read the enum by its C# names and fail on self_assessment).
    private AssignedResponse(long ResponseId, long RoundId, string RoundName, string StoredRoundMode, string RoundStatus,
        string JurisdictionCode, string JurisdictionNameZh, string JurisdictionNameEn, long RaterId, string Status)
        : this(ResponseId, RoundId, RoundName, StoredNames.ParseRoundMode(StoredRoundMode), StoredNames.ParseRoundStatus(RoundStatus),
            JurisdictionCode, JurisdictionNameZh, JurisdictionNameEn, RaterId, StoredNames.ParseResponseStatus(Status))
    { }
}

/// <summary>The reads behind the questionnaire pages: a rater's responses and where they left off.</summary>
public sealed class AssignedResponses(AssessmentDb db)
{
    private const string Select = """
        SELECT r.id AS ResponseId, rd.id AS RoundId, rd.name AS RoundName, rd.mode AS StoredRoundMode, rd.status AS RoundStatus,
               j.code AS JurisdictionCode, j.name_zh AS JurisdictionNameZh, j.name_en AS JurisdictionNameEn,
               r.rater_id AS RaterId, r.status AS Status
        FROM responses r JOIN rounds rd ON rd.id = r.round_id JOIN jurisdictions j ON j.code = r.jurisdiction_code
        """;

    /// <summary>Every response assigned to the rater, newest round first.</summary>
    public IReadOnlyList<AssignedResponse> ForRater(long raterId)
    {
        using var c = db.OpenRead();
        return c.Query<AssignedResponse>($"{Select} WHERE r.rater_id = @raterId ORDER BY rd.id DESC, j.code", new { raterId }).ToList();
    }

    /// <summary>The rater's own response for one jurisdiction in one round; null when they are not assigned to it.</summary>
    public AssignedResponse? Find(long roundId, string jurisdictionCode, long raterId)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<AssignedResponse>(
            $"{Select} WHERE r.round_id = @roundId AND r.jurisdiction_code = @jurisdictionCode AND r.rater_id = @raterId",
            new { roundId, jurisdictionCode, raterId });
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
}

