using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>A round as stored. IsDemo: part of the illustrative demo data set (0005); pages must label it as such.</summary>
public sealed record Round(long Id, string Name, long SnapshotId, RoundMode Mode, string? OpensAt, string? ClosesAt, RoundStatus Status, string CreatedAt,
    bool IsDemo = false)
{
    // For Dapper, whose constructor mapping needs each column's own type: SQLite hands is_demo back as an integer and
    // the status and mode as their stored names.
    private Round(long Id, string Name, long SnapshotId, string Mode, string? OpensAt, string? ClosesAt, string Status, string CreatedAt, long IsDemo)
        : this(Id, Name, SnapshotId, StoredNames.ParseRoundMode(Mode), OpensAt, ClosesAt, StoredNames.ParseRoundStatus(Status), CreatedAt, IsDemo != 0) { }
}

public sealed record NewRound(string Name, long SnapshotId, RoundMode Mode, DateTimeOffset? OpensAt = null, DateTimeOffset? ClosesAt = null,
    bool IsDemo = false);

public sealed record Response(long Id, long RoundId, string JurisdictionCode, long RaterId, ResponseStatus Status)
{
    // For Dapper: the status comes as its stored name.
    private Response(long Id, long RoundId, string JurisdictionCode, long RaterId, string Status)
        : this(Id, RoundId, JurisdictionCode, RaterId, StoredNames.ParseResponseStatus(Status)) { }
}

/// <summary>Rounds, who rates what in them (assignments), and the life cycle of rounds and responses.</summary>
public sealed partial class RoundStore(AssessmentDb db)
{
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

    private static long Insert(DbConnection c, DbTransaction tx, NewRound r, string actor, string at)
    {
        var newId = c.ExecuteScalar<long>("""
            INSERT INTO rounds (name, snapshot_id, mode, opens_at, closes_at, status, created_at, is_demo)
            VALUES (@Name, @SnapshotId, @Mode, @opens, @closes, @status, @at, @IsDemo) RETURNING id
            """, new
        {
            r.Name,
            r.SnapshotId,
            Mode = r.Mode.Name(),
            IsDemo = r.IsDemo ? 1 : 0,
            status = RoundStatus.Draft.Name(),
            opens = r.OpensAt is { } o ? Clock.Format(o) : null,
            closes = r.ClosesAt is { } cl ? Clock.Format(cl) : null,
            at
        }, tx);
        AuditLog.Append(c, tx, at, actor, "round", newId.ToString(), null,
            $"{r.Name} | snapshot {r.SnapshotId} | {r.Mode.Name()} | {RoundStatus.Draft.Name()}" + (r.IsDemo ? " | demo" : ""));
        return newId;
    }

    public Round? Find(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Round>($"SELECT {RoundColumns} FROM rounds WHERE id = @id", new { id });
    }

    /// <exception cref="InvalidOperationException">The step is not the round's next (RoundLifecycle).</exception>
    public void SetStatus(long roundId, RoundStatus status, string actor, string? reason = null) =>
        db.Writer.Write((c, tx) =>
        {
            // Locked until this step commits: a second node taking a step of the same round waits, then reads this
            // step's status and is refused if its step no longer follows (two closings: one wins, the other is told).
            var stored = c.QuerySingleOrDefault<string>($"SELECT status FROM rounds WHERE id = @roundId {db.Dialect.ForUpdate("rounds")}", new { roundId }, tx)
                ?? throw new ArgumentException($"No round has id {roundId}.");
            var old = StoredNames.ParseRoundStatus(stored);
            if (RoundLifecycle.Refusal(old, status) is { } refused)
                throw new InvalidOperationException($"Round {roundId}: {refused}.");
            c.Execute("UPDATE rounds SET status = @status WHERE id = @roundId", new { roundId, status = status.Name() }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "round.status", roundId.ToString(), old.Name(), status.Name(), reason);
            return 0;
        });

    /// <summary>Assigns a rater to a jurisdiction in a round and opens their (draft) response. Assigning twice is harmless.</summary>
    public Response Assign(long roundId, string jurisdictionCode, long raterId, string actor)
    {
        var id = db.Writer.Write((c, tx) =>
        {
            using var opener = ResponseOpener.For(c, tx, roundId, actor, Clock.Stamp(db.Time));
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

    /// <summary>
    /// Changes a response's status, checking the step and the round's status in the same transaction, and writes the
    /// comment that goes with it (a return's reason) in that transaction too: both happen or neither.
    /// </summary>
    /// <exception cref="InvalidOperationException">The step is not allowed (RoundLifecycle), or not while the round has its status.</exception>
    public void SetResponseStatus(long responseId, ResponseStatus status, string actor, string? reason = null, ResponseCommentDraft? comment = null) =>
        db.Writer.Write((c, tx) =>
        {
            // The response locked for the step, the round's status held as read: an accept and a return taken at once
            // on two nodes run one after the other and the second is checked against the first's result; a round's
            // closing waits for the step, or the step waits for the closing and reads it.
            var (stored, storedRound) = c.QuerySingleOrDefault<(string, string)?>($"""
                SELECT r.status, rd.status FROM responses r JOIN rounds rd ON rd.id = r.round_id WHERE r.id = @responseId
                {db.Dialect.ForUpdate("r")} {db.Dialect.ForShare("rd")}
                """, new { responseId }, tx)
                ?? throw new ArgumentException($"No response has id {responseId}.");
            var old = StoredNames.ParseResponseStatus(stored);
            if (RoundLifecycle.Refusal(old, status, StoredNames.ParseRoundStatus(storedRound)) is { } refused)
                throw new InvalidOperationException($"Response {responseId}: {refused}.");
            var at = Clock.Stamp(db.Time);
            c.Execute("UPDATE responses SET status = @status WHERE id = @responseId", new { responseId, status = status.Name() }, tx);
            AuditLog.Append(c, tx, at, actor, "response.status", responseId.ToString(), old.Name(), status.Name(), reason);
            if (comment is not null) ResponseCommentStore.Insert(c, tx, responseId, comment.Body, status.Name(), comment.AuthorId, at);
            return 0;
        });
}

/// <summary>A comment to store with a status change, in its transaction.</summary>
public sealed record ResponseCommentDraft(long AuthorId, string Body);
