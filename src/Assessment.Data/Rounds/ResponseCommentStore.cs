using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>A comment on a response; Status is the status it came with (a return's reason), null for a plain remark.</summary>
public sealed record ResponseComment(long Id, long ResponseId, string Author, string AuthorName, string Body, ResponseStatus? Status, string CreatedAt)
{
    // For Dapper: the status comes as its stored name.
    private ResponseComment(long Id, long ResponseId, string Author, string AuthorName, string Body, string? Status, string CreatedAt)
        : this(Id, ResponseId, Author, AuthorName, Body, Status is null ? null : StoredNames.ParseResponseStatus(Status), CreatedAt) { }
}

/// <summary>An evaluator's comments on a response (0004). Append-only (triggers in 0007), audited in the same transaction.</summary>
public sealed class ResponseCommentStore(AssessmentDb db)
{
    private const string Select = """
        SELECT c.id AS Id, c.response_id AS ResponseId, u.user_name AS Author, u.display_name AS AuthorName,
               c.body AS Body, c.status AS Status, c.created_at AS CreatedAt
        FROM response_comments c JOIN accounts u ON u.id = c.author_id
        """;

    /// <exception cref="ArgumentException">An empty comment, or an unknown response or account.</exception>
    public ResponseComment Add(long responseId, string body, string? status, long authorId)
    {
        var id = db.Writer.Write((c, tx) => Insert(c, tx, responseId, body, status, authorId, Clock.Stamp(db.Time)));
        using var read = db.OpenRead();
        return read.QuerySingle<ResponseComment>(Select + " WHERE c.id = @id", new { id });
    }

    /// <summary>Inserts and audits a comment inside the caller's transaction (e.g. with the status change it explains).</summary>
    /// <exception cref="ArgumentException">An empty comment, or an unknown response or account.</exception>
    internal static long Insert(DbConnection c, DbTransaction tx, long responseId, string body, string? status, long authorId, string at)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("The comment is empty; write what the rater should change.");
        var text = body.Trim();
        if (c.ExecuteScalar<long>("SELECT count(*) FROM responses WHERE id = @responseId", new { responseId }, tx) == 0)
            throw new ArgumentException($"No response has id {responseId}.");
        var author = c.QuerySingleOrDefault<string>("SELECT user_name FROM accounts WHERE id = @authorId", new { authorId }, tx)
            ?? throw new ArgumentException($"No account has id {authorId}.");
        var newId = c.ExecuteScalar<long>("""
            INSERT INTO response_comments (response_id, author_id, body, status, created_at)
            VALUES (@responseId, @authorId, @text, @status, @at) RETURNING id
            """, new { responseId, authorId, text, status, at }, tx);
        AuditLog.Append(c, tx, at, author, "response.comment", $"response:{responseId}/comment:{newId}", null, text, status);
        return newId;
    }

    /// <summary>A response's comments, oldest first.</summary>
    public IReadOnlyList<ResponseComment> ForResponse(long responseId)
    {
        using var c = db.OpenRead();
        return c.Query<ResponseComment>(Select + " WHERE c.response_id = @responseId ORDER BY c.id", new { responseId }).ToList();
    }

    /// <summary>The comments on every response of one jurisdiction in a round, in one read.</summary>
    public IReadOnlyList<ResponseComment> ForJurisdiction(long roundId, string jurisdictionCode)
    {
        using var c = db.OpenRead();
        return c.Query<ResponseComment>(Select + """
             JOIN responses r ON r.id = c.response_id
            WHERE r.round_id = @roundId AND r.jurisdiction_code = @jurisdictionCode ORDER BY c.id
            """, new { roundId, jurisdictionCode }).ToList();
    }
}
