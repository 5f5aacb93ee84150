using System.Data.Common;
using Assessment.Core.Answers;
using Assessment.Data.Database;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Assessment.Data.Answers;

/// <summary>
/// Where an import's decided rows go, inside the import's one transaction: new answers, changed answers and their
/// audit rows. SQLite writes them as they come, 64 rows to a statement (<see cref="BatchedInsert"/> says why);
/// PostgreSQL holds a batch and sends it through binary COPY (answers into a staging table, audit rows straight into
/// audit_log), then moves the staged answers into answers with one upsert at the end. The decision for each row
/// (Core's AnswerChange) is taken before, in <see cref="AnswerImport"/>, the same for both.
/// </summary>
internal abstract class ImportRows : IDisposable
{
    public static ImportRows For(DbConnection c, DbTransaction tx, string at, string actor) => c switch
    {
        SqliteConnection => new Batched(c, tx, at, actor),
        NpgsqlConnection postgres => new Copied(postgres, tx, at, actor),
        _ => throw new NotSupportedException($"No import for {c.GetType().Name}."),
    };

    public abstract void Insert(long responseId, string itemId, AnswerState a, long raterId);

    public abstract void Update(long responseId, string itemId, AnswerState a, long version, long raterId);

    public abstract void Audit(string entityKey, string? oldValue, string newValue);

    /// <summary>Writes the rows held so far. Other statements (opening a response) run only between batches, never during a COPY.</summary>
    public abstract void Flush();

    /// <summary>Writes the rest; the import commits after this.</summary>
    public abstract void Complete();

    public abstract void Dispose();

    // Measured on the million-answer import: 16 rows per statement gets most of the gain, 256 little more.
    private const int RowsPerStatement = 64;

    private sealed class Batched : ImportRows
    {
        private readonly BatchedInsert insert, audit;
        private readonly Prepared update;

        public Batched(DbConnection c, DbTransaction tx, string at, string actor)
        {
            // New answers go through an INSERT and changed ones through an UPDATE rather than one upsert: the rows that
            // exist were read by the import anyway.
            insert = new BatchedInsert(c, tx,
                "INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at) VALUES",
                "({0}, {1}, {2}, {3}, {4}, {5}, 1, {6}, @at)", width: 7, RowsPerStatement, "@at").With("@at", at);
            update = Prepared.Create(c, tx, """
                UPDATE answers SET value = @value, is_na = @na, evidence_text = @etext, evidence_link = @elink, version = @version,
                    updated_by = @by, updated_at = @at
                WHERE response_id = @response AND item_id = @item
                """, "@value", "@na", "@etext", "@elink", "@version", "@by", "@response", "@item", "@at").With("@at", at);
            audit = new BatchedInsert(c, tx,
                "INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value, reason) VALUES",
                "(@at, @actor, 'answer', {0}, {1}, {2}, 'import')", width: 3, RowsPerStatement, "@at", "@actor").With("@at", at).With("@actor", actor);
        }

        public override void Insert(long responseId, string itemId, AnswerState a, long raterId) =>
            insert.Add(responseId, itemId, a.Value, a.IsNa ? 1 : 0, a.EvidenceText, a.EvidenceLink, raterId);

        public override void Update(long responseId, string itemId, AnswerState a, long version, long raterId) =>
            update.Execute(a.Value, a.IsNa ? 1 : 0, a.EvidenceText, a.EvidenceLink, version, raterId, responseId, itemId);

        public override void Audit(string entityKey, string? oldValue, string newValue) => audit.Add(entityKey, oldValue, newValue);

        public override void Flush() { }

        public override void Complete()
        {
            insert.Flush();
            audit.Flush();
        }

        public override void Dispose()
        {
            insert.Dispose();
            update.Dispose();
            audit.Dispose();
        }
    }

    private sealed class Copied(NpgsqlConnection c, DbTransaction tx, string at, string actor) : ImportRows
    {
        private readonly List<(long ResponseId, string ItemId, AnswerState Answer, long Version, long RaterId)> answers = [];
        private readonly List<(string Key, string? Old, string New)> audits = [];
        private bool staged;

        public override void Insert(long responseId, string itemId, AnswerState a, long raterId) => answers.Add((responseId, itemId, a, 1, raterId));

        public override void Update(long responseId, string itemId, AnswerState a, long version, long raterId) => answers.Add((responseId, itemId, a, version, raterId));

        public override void Audit(string entityKey, string? oldValue, string newValue) => audits.Add((entityKey, oldValue, newValue));

        public override void Flush()
        {
            if (answers.Count > 0)
            {
                if (!staged)
                {
                    // Dropped at COMMIT or ROLLBACK; only this connection sees it.
                    Run("""
                        CREATE TEMPORARY TABLE import_answers (
                            response_id bigint NOT NULL, item_id text NOT NULL, value text, is_na bigint NOT NULL,
                            evidence_text text, evidence_link text, version bigint NOT NULL, updated_by bigint NOT NULL
                        ) ON COMMIT DROP
                        """);
                    staged = true;
                }
                using var copy = c.BeginBinaryImport(
                    "COPY import_answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by) FROM STDIN (FORMAT BINARY)");
                foreach (var (responseId, itemId, a, version, raterId) in answers)
                {
                    copy.StartRow();
                    copy.Write(responseId, NpgsqlDbType.Bigint);
                    copy.Write(itemId, NpgsqlDbType.Text);
                    Text(copy, a.Value);
                    copy.Write(a.IsNa ? 1L : 0L, NpgsqlDbType.Bigint);
                    Text(copy, a.EvidenceText);
                    Text(copy, a.EvidenceLink);
                    copy.Write(version, NpgsqlDbType.Bigint);
                    copy.Write(raterId, NpgsqlDbType.Bigint);
                }
                copy.Complete();
                answers.Clear();
            }
            if (audits.Count > 0)
            {
                using var copy = c.BeginBinaryImport(
                    "COPY audit_log (at, actor, entity, entity_key, old_value, new_value, reason) FROM STDIN (FORMAT BINARY)");
                foreach (var (key, old, @new) in audits)
                {
                    copy.StartRow();
                    copy.Write(at, NpgsqlDbType.Text);
                    copy.Write(actor, NpgsqlDbType.Text);
                    copy.Write("answer", NpgsqlDbType.Text);
                    copy.Write(key, NpgsqlDbType.Text);
                    Text(copy, old);
                    copy.Write(@new, NpgsqlDbType.Text);
                    copy.Write("import", NpgsqlDbType.Text);
                }
                copy.Complete();
                audits.Clear();
            }
        }

        public override void Complete()
        {
            Flush();
            if (!staged) return;
            // One statement for every staged answer, with the versions decided on the rows as read: the import holds its
            // responses locked (AnswerImport.Write), so no save has changed them since.
            Run("""
                INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at)
                SELECT response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, @at FROM import_answers
                ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                    evidence_text = excluded.evidence_text, evidence_link = excluded.evidence_link, version = excluded.version,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, at);
        }

        private void Run(string sql, string? stamp = null)
        {
            using var command = new NpgsqlCommand(sql, c, (NpgsqlTransaction)tx);
            if (stamp is not null) command.Parameters.AddWithValue("at", NpgsqlDbType.Text, stamp);
            command.ExecuteNonQuery();
        }

        private static void Text(NpgsqlBinaryImporter copy, string? value)
        {
            if (value is null) copy.WriteNull();
            else copy.Write(value, NpgsqlDbType.Text);
        }

        public override void Dispose() { }
    }
}
