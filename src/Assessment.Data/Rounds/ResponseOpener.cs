using System.Data.Common;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Data.Rounds;

/// <summary>A response's id, and whether this opener opened it (no other transaction can have written to it yet).</summary>
internal readonly record struct OpenedResponse(long Id, bool New);

/// <summary>
/// Assigns raters to jurisdictions in one round and opens their draft responses, inside the caller's transaction:
/// the assignment, the response and the audit row of each are written together. Opening twice is harmless (the
/// existing response is returned). SQLite runs four prepared statements per response (parsed once, so a round set-up
/// or an import that opens thousands of responses pays for parsing the SQL once); PostgreSQL sends a whole batch
/// through binary COPY into a temporary table and opens it with one statement, instead of four round trips per response.
/// </summary>
internal abstract class ResponseOpener : IDisposable
{
    protected readonly long roundId;
    protected readonly string actor, at;

    private ResponseOpener(long roundId, string actor, string at) => (this.roundId, this.actor, this.at) = (roundId, actor, at);

    public static ResponseOpener For(DbConnection c, DbTransaction tx, long roundId, string actor, string at) => c switch
    {
        SqliteConnection => new Statements(c, tx, roundId, actor, at),
        NpgsqlConnection postgres => new Copied(postgres, (NpgsqlTransaction)tx, roundId, actor, at),
        _ => throw new NotSupportedException($"No response opening for {c.GetType().Name}."),
    };

    /// <summary>The id of the response of <paramref name="raterId"/> for <paramref name="jurisdictionCode"/>, opened if need be.</summary>
    public long Ensure(string jurisdictionCode, long raterId) => EnsureAll([(jurisdictionCode, raterId)])[(jurisdictionCode, raterId)].Id;

    /// <summary>
    /// The responses of these (jurisdiction, rater) pairs, each opened if need be; new responses are numbered in the
    /// order the pairs come (a pair named twice counts once).
    /// </summary>
    public abstract IReadOnlyDictionary<(string Jurisdiction, long RaterId), OpenedResponse> EnsureAll(IEnumerable<(string Jurisdiction, long RaterId)> pairs);

    public abstract void Dispose();

    /// <summary>The audit row's key of an opening, the same on both providers.</summary>
    private static string AuditKey(long roundId, string jurisdictionCode, long raterId) => $"round:{roundId}/jurisdiction:{jurisdictionCode}/rater:{raterId}";

    private sealed class Statements : ResponseOpener
    {
        private readonly Prepared find, assign, open, audit;

        public Statements(DbConnection c, DbTransaction tx, long roundId, string actor, string at) : base(roundId, actor, at)
        {
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

        public override IReadOnlyDictionary<(string Jurisdiction, long RaterId), OpenedResponse> EnsureAll(IEnumerable<(string Jurisdiction, long RaterId)> pairs)
        {
            var responses = new Dictionary<(string, long), OpenedResponse>();
            foreach (var (jurisdiction, rater) in pairs)
                if (!responses.ContainsKey((jurisdiction, rater))) responses[(jurisdiction, rater)] = One(jurisdiction, rater);
            return responses;
        }

        private OpenedResponse One(string jurisdictionCode, long raterId)
        {
            if (find.Scalar(roundId, jurisdictionCode, raterId) is long existing) return new OpenedResponse(existing, New: false);
            assign.Execute(roundId, jurisdictionCode, raterId);
            var id = (long)open.Scalar(roundId, jurisdictionCode, raterId)!;
            audit.Execute(AuditKey(roundId, jurisdictionCode, raterId), $"response {id}");
            return new OpenedResponse(id, New: true);
        }

        public override void Dispose()
        {
            find.Dispose();
            assign.Dispose();
            open.Dispose();
            audit.Dispose();
        }
    }

    private sealed class Copied(NpgsqlConnection c, NpgsqlTransaction tx, long roundId, string actor, string at) : ResponseOpener(roundId, actor, at)
    {
        // Made once per transaction and dropped at its end (COMMIT or ROLLBACK); only this connection sees it. Emptied
        // before each batch: an import opens a batch at a time, and another opener in the same transaction may have used it.
        private const string Stage = """
            CREATE TEMPORARY TABLE IF NOT EXISTS open_responses (
                jurisdiction_code text NOT NULL, rater_id bigint NOT NULL, ord integer NOT NULL, audit_key text NOT NULL
            ) ON COMMIT DROP;
            DELETE FROM open_responses
            """;

        // One statement for the batch. The sub-statements of a WITH all see the rows as they were before it, so the last
        // SELECT's second half finds only the responses that existed, the first half those it opened. The foreign keys
        // (a response's assignment, an assignment's jurisdiction and rater) are checked at the end of the statement.
        // New responses and their audit rows are numbered in the pairs' order, as the SQLite path numbers them.
        private const string Open = """
            WITH fresh AS (
                SELECT o.jurisdiction_code, o.rater_id, o.ord, o.audit_key FROM open_responses o
                WHERE NOT EXISTS (SELECT FROM responses r
                                  WHERE r.round_id = @round AND r.jurisdiction_code = o.jurisdiction_code AND r.rater_id = o.rater_id)
            ), assigned AS (
                INSERT INTO assignments (round_id, jurisdiction_code, rater_id)
                SELECT @round, jurisdiction_code, rater_id FROM fresh ORDER BY ord
            ), opened AS (
                INSERT INTO responses (round_id, jurisdiction_code, rater_id, status, created_at)
                SELECT @round, jurisdiction_code, rater_id, @status, @at FROM fresh ORDER BY ord
                RETURNING id, jurisdiction_code, rater_id
            ), audited AS (
                INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value, reason)
                SELECT @at, @actor, 'assignment', f.audit_key, NULL, 'response ' || o.id::text, NULL
                FROM opened o JOIN fresh f ON f.jurisdiction_code = o.jurisdiction_code AND f.rater_id = o.rater_id ORDER BY o.id
            )
            SELECT jurisdiction_code, rater_id, id, true FROM opened
            UNION ALL
            SELECT r.jurisdiction_code, r.rater_id, r.id, false FROM responses r
            JOIN open_responses o ON o.jurisdiction_code = r.jurisdiction_code AND o.rater_id = r.rater_id
            WHERE r.round_id = @round
            """;

        public override IReadOnlyDictionary<(string Jurisdiction, long RaterId), OpenedResponse> EnsureAll(IEnumerable<(string Jurisdiction, long RaterId)> pairs)
        {
            var wanted = pairs.Distinct().ToList();
            var responses = new Dictionary<(string, long), OpenedResponse>(wanted.Count);
            if (wanted.Count == 0) return responses;

            using (var stage = new NpgsqlCommand(Stage, c, tx)) stage.ExecuteNonQuery();
            using (var copy = c.BeginBinaryImport("COPY open_responses (jurisdiction_code, rater_id, ord, audit_key) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = 0; i < wanted.Count; i++)
                {
                    copy.StartRow();
                    copy.Write(wanted[i].Jurisdiction, NpgsqlDbType.Text);
                    copy.Write(wanted[i].RaterId, NpgsqlDbType.Bigint);
                    copy.Write(i, NpgsqlDbType.Integer);
                    copy.Write(AuditKey(roundId, wanted[i].Jurisdiction, wanted[i].RaterId), NpgsqlDbType.Text);
                }
                copy.Complete();
            }

            // Openers of one round take turns until COMMIT: the statement below decides "new or existing" on what it
            // reads, and two nodes opening the same pair at once would both read "new" and one fail on the unique key.
            // Read after the lock, a statement of READ COMMITTED sees the pairs the other opener committed.
            using (var turn = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('assessment.open_responses'), (@round % 2147483647)::integer)", c, tx))
            {
                turn.Parameters.AddWithValue("round", NpgsqlDbType.Bigint, roundId);
                turn.ExecuteNonQuery();
            }
            using var open = new NpgsqlCommand(Open, c, tx);
            open.Parameters.AddWithValue("round", NpgsqlDbType.Bigint, roundId);
            open.Parameters.AddWithValue("status", NpgsqlDbType.Text, ResponseStatus.Draft.Name());
            open.Parameters.AddWithValue("at", NpgsqlDbType.Text, at);
            open.Parameters.AddWithValue("actor", NpgsqlDbType.Text, actor);
            using var reader = open.ExecuteReader();
            while (reader.Read()) responses[(reader.GetString(0), reader.GetInt64(1))] = new OpenedResponse(reader.GetInt64(2), reader.GetBoolean(3));
            return responses;
        }

        public override void Dispose() { }
    }
}
