using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

public static class RoundModes
{
    public const string ExternalEvaluation = "external_evaluation";
    public const string SelfAssessment = "self_assessment";
}

/// <summary>A round as stored. IsDemo: part of the illustrative demo data set (0005); pages must label it as such.</summary>
public sealed record Round(long Id, string Name, long SnapshotId, string Mode, string? OpensAt, string? ClosesAt, string Status, string CreatedAt,
    bool IsDemo = false)
{
    // For Dapper, whose constructor mapping needs each column's own type: SQLite hands is_demo back as an integer.
    private Round(long Id, string Name, long SnapshotId, string Mode, string? OpensAt, string? ClosesAt, string Status, string CreatedAt, long IsDemo)
        : this(Id, Name, SnapshotId, Mode, OpensAt, ClosesAt, Status, CreatedAt, IsDemo != 0) { }
}

public sealed record NewRound(string Name, long SnapshotId, string Mode, DateTimeOffset? OpensAt = null, DateTimeOffset? ClosesAt = null,
    bool IsDemo = false);

public sealed record Response(long Id, long RoundId, string JurisdictionCode, long RaterId, string Status);

/// <summary>Rounds, who rates what in them (assignments), and the life cycle of rounds and responses.</summary>
public sealed partial class RoundStore(AssessmentDb db)
{
    // draft -> open -> closed -> published, one step at a time.
    private static readonly Dictionary<string, string[]> RoundSteps = new()
    {
        ["draft"] = ["open"],
        ["open"] = ["closed"],
        ["closed"] = ["published"],
        ["published"] = [],
    };

    // A submitted response is read-only until an evaluator returns or accepts it; an accepted one can be returned.
    private static readonly Dictionary<string, string[]> ResponseSteps = new()
    {
        ["draft"] = ["submitted"],
        ["submitted"] = ["returned", "accepted"],
        ["returned"] = ["submitted"],
        ["accepted"] = ["returned"],
    };

    private const string RoundColumns = """
        id AS Id, name AS Name, snapshot_id AS SnapshotId, mode AS Mode, opens_at AS OpensAt, closes_at AS ClosesAt,
        status AS Status, created_at AS CreatedAt, is_demo AS IsDemo
        """;

    private const string ResponseColumns =
        "id AS Id, round_id AS RoundId, jurisdiction_code AS JurisdictionCode, rater_id AS RaterId, status AS Status";

    public Round Create(NewRound r, string actor)
    {
        var id = db.Writer.Write((c, tx) => Insert(c, tx, r, actor, Clock.Stamp(db.Time)));
        return Find(id)!;
    }

    private static long Insert(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx, NewRound r, string actor, string at)
    {
        if (r.Mode is not (RoundModes.ExternalEvaluation or RoundModes.SelfAssessment))
            throw new ArgumentException($"Unknown round mode '{r.Mode}'; use {RoundModes.ExternalEvaluation} or {RoundModes.SelfAssessment}.");
        var newId = c.ExecuteScalar<long>("""
            INSERT INTO rounds (name, snapshot_id, mode, opens_at, closes_at, status, created_at, is_demo)
            VALUES (@Name, @SnapshotId, @Mode, @opens, @closes, 'draft', @at, @IsDemo) RETURNING id
            """, new
        {
            r.Name,
            r.SnapshotId,
            r.Mode,
            r.IsDemo,
            opens = r.OpensAt is { } o ? Clock.Format(o) : null,
            closes = r.ClosesAt is { } cl ? Clock.Format(cl) : null,
            at
        }, tx);
        AuditLog.Append(c, tx, at, actor, "round", newId.ToString(), null,
            $"{r.Name} | snapshot {r.SnapshotId} | {r.Mode} | draft" + (r.IsDemo ? " | demo" : ""));
        return newId;
    }

    public Round? Find(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Round>($"SELECT {RoundColumns} FROM rounds WHERE id = @id", new { id });
    }

    /// <exception cref="InvalidOperationException">The step is not draft -> open -> closed -> published.</exception>
    public void SetStatus(long roundId, string status, string actor, string? reason = null) =>
        db.Writer.Write((c, tx) =>
        {
            var old = c.QuerySingleOrDefault<string>("SELECT status FROM rounds WHERE id = @roundId", new { roundId }, tx)
                ?? throw new ArgumentException($"No round has id {roundId}.");
            if (!RoundSteps[old].Contains(status))
                throw new InvalidOperationException($"Round {roundId} is {old}; it cannot become {status} (draft -> open -> closed -> published).");
            c.Execute("UPDATE rounds SET status = @status WHERE id = @roundId", new { roundId, status }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "round.status", roundId.ToString(), old, status, reason);
            return 0;
        });

    /// <summary>Assigns a rater to a jurisdiction in a round and opens their (draft) response. Assigning twice is harmless.</summary>
    public Response Assign(long roundId, string jurisdictionCode, long raterId, string actor)
    {
        var id = db.Writer.Write((c, tx) =>
        {
            using var opener = new ResponseOpener(c, tx, roundId, actor, Clock.Stamp(db.Time));
            return opener.Ensure(jurisdictionCode, raterId);
        });
        return FindResponse(id)!;
    }

    public Response? FindResponse(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Response>($"SELECT {ResponseColumns} FROM responses WHERE id = @id", new { id });
    }

    public IReadOnlyList<Response> Responses(long roundId)
    {
        using var c = db.OpenRead();
        return c.Query<Response>($"SELECT {ResponseColumns} FROM responses WHERE round_id = @roundId ORDER BY jurisdiction_code, rater_id",
            new { roundId }).ToList();
    }

    // Which response steps each round status allows: raters submit and leads return only while the round is open
    // (a returned response goes back to a rater who can only edit then); a lead may still accept after the round
    // closed; a draft or published round changes nothing.
    private static readonly Dictionary<string, string[]> StepsByRoundStatus = new()
    {
        ["draft"] = [],
        ["open"] = ["submitted", "returned", "accepted"],
        ["closed"] = ["accepted"],
        ["published"] = [],
    };

    /// <summary>
    /// Changes a response's status, checking the step and the round's status in the same transaction, and writes the
    /// comment that goes with it (a return's reason) in that transaction too: both happen or neither.
    /// </summary>
    /// <exception cref="InvalidOperationException">The step is not allowed (see ResponseSteps), or not while the round has its status.</exception>
    public void SetResponseStatus(long responseId, string status, string actor, string? reason = null, ResponseCommentDraft? comment = null) =>
        db.Writer.Write((c, tx) =>
        {
            var (old, roundStatus) = c.QuerySingleOrDefault<(string, string)?>("""
                SELECT r.status, rd.status FROM responses r JOIN rounds rd ON rd.id = r.round_id WHERE r.id = @responseId
                """, new { responseId }, tx)
                ?? throw new ArgumentException($"No response has id {responseId}.");
            if (!ResponseSteps[old].Contains(status))
                throw new InvalidOperationException($"Response {responseId} is {old}; it cannot become {status}.");
            if (!StepsByRoundStatus[roundStatus].Contains(status))
                throw new InvalidOperationException($"The round is {roundStatus}; response {responseId} cannot become {status} now.");
            var at = Clock.Stamp(db.Time);
            c.Execute("UPDATE responses SET status = @status WHERE id = @responseId", new { responseId, status }, tx);
            AuditLog.Append(c, tx, at, actor, "response.status", responseId.ToString(), old, status, reason);
            if (comment is not null) Review.ResponseCommentStore.Insert(c, tx, responseId, comment.Body, status, comment.AuthorId, at);
            return 0;
        });
}

/// <summary>A comment to store with a status change, in its transaction.</summary>
public sealed record ResponseCommentDraft(long AuthorId, string Body);
