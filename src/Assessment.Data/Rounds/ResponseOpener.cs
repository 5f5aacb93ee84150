using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;

namespace Assessment.Data.Rounds;

/// <summary>
/// Assigns raters to jurisdictions in one round and opens their draft responses, inside the caller's transaction:
/// the assignment, the response and the audit row of each are written together. Opening twice is harmless (the
/// existing response is returned). The statements are prepared once, so a round set-up or an import that opens
/// thousands of responses pays for parsing the SQL once, not per response.
/// </summary>
internal sealed class ResponseOpener : IDisposable
{
    private readonly long roundId;
    private readonly string actor;
    private readonly Prepared find, assign, open, audit;

    public ResponseOpener(DbConnection c, DbTransaction tx, long roundId, string actor, string at)
    {
        this.roundId = roundId;
        this.actor = actor;
        find = Prepared.Create(c, tx,
            "SELECT id FROM responses WHERE round_id = @round AND jurisdiction_code = @jurisdiction AND rater_id = @rater",
            "@round", "@jurisdiction", "@rater");
        assign = Prepared.Create(c, tx,
            "INSERT INTO assignments (round_id, jurisdiction_code, rater_id) VALUES (@round, @jurisdiction, @rater)",
            "@round", "@jurisdiction", "@rater");
        open = Prepared.Create(c, tx, """
            INSERT INTO responses (round_id, jurisdiction_code, rater_id, status, created_at)
            VALUES (@round, @jurisdiction, @rater, @status, @at) RETURNING id
            """, "@round", "@jurisdiction", "@rater", "@at", "@status").With("@at", at).With("@status", ResponseStatus.Draft.Name());
        audit = Prepared.Create(c, tx, AuditLog.InsertSql,
            "@EntityKey", "@NewValue", "@At", "@Actor", "@Entity", "@OldValue", "@Reason")
            .With("@At", at).With("@Actor", actor).With("@Entity", "assignment").With("@OldValue", null).With("@Reason", null);
    }

    /// <summary>The id of the response of <paramref name="raterId"/> for <paramref name="jurisdictionCode"/>, opened if need be.</summary>
    public long Ensure(string jurisdictionCode, long raterId)
    {
        if (find.Scalar(roundId, jurisdictionCode, raterId) is long existing) return existing;
        assign.Execute(roundId, jurisdictionCode, raterId);
        var id = (long)open.Scalar(roundId, jurisdictionCode, raterId)!;
        audit.Execute($"round:{roundId}/jurisdiction:{jurisdictionCode}/rater:{raterId}", $"response {id}");
        return id;
    }

    public void Dispose()
    {
        find.Dispose();
        assign.Dispose();
        open.Dispose();
        audit.Dispose();
    }
}
