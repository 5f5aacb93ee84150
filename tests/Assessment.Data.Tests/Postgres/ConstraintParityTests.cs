using System.Data.Common;
using Assessment.Data.Database;
using Dapper;
using Npgsql;

namespace Assessment.Data.Tests.Postgres;

/// <summary>
/// Every kind of rule the schema holds (keys, foreign keys, checks, not null, the append-only and immutable triggers)
/// refuses and lets through the same rows on both providers: the same statements, run on a migrated empty database of each.
/// </summary>
public class ConstraintParityTests
{
    public enum Kind { Accepted, Unique, ForeignKey, Check, NotNull, Trigger }

    private const string At = "'2026-01-01T00:00:00.0000000Z'";

    // Ids come from each provider's own numbering (rowid, identity): both start at 1 on an empty table.
    private static readonly string[] Seed =
    [
        "INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('33', '浙江省', 'Zhejiang', 'province', 'province', NULL, 'test')",
        "INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('3301', '杭州市', 'Hangzhou', 'prefecture', 'city', '33', 'test')",
        $"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, created_at) VALUES ('rater', 'RATER', 'Rater', 'evaluator', {At})",
        $"INSERT INTO instrument_snapshots (sha256, instrument_id, instrument_version, source_name, yaml, created_at) VALUES ('aa', 'i', '1', 'i.yaml', 'id: i', {At})",
        $"INSERT INTO instrument_snapshots (sha256, instrument_id, instrument_version, source_name, yaml, created_at) VALUES ('bb', 'i', '2', 'i.yaml', 'id: i2', {At})",
        $"INSERT INTO rounds (name, snapshot_id, mode, created_at) VALUES ('R', 1, 'external_evaluation', {At})",
        "INSERT INTO assignments (round_id, jurisdiction_code, rater_id) VALUES (1, '3301', 1)",
        $"INSERT INTO responses (round_id, jurisdiction_code, rater_id, created_at) VALUES (1, '3301', 1, {At})",
        $"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (1, 'q1', '3', 1, 1, {At})",
        $"INSERT INTO audit_log (at, actor, entity, entity_key) VALUES ({At}, 'rater', 'answer', 'response:1/item:q1')",
        $"INSERT INTO response_comments (response_id, author_id, body, created_at) VALUES (1, 1, 'fix q1', {At})",
    ];

    [PostgresFact]
    public void Keys_foreign_keys_checks_and_not_null_refuse_the_same_rows()
    {
        (string Sql, Kind Expected)[] cases =
        [
            ($"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (1, 'q1', '4', 1, 1, {At})", Kind.Unique),
            ($"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, created_at) VALUES ('Rater', 'RATER', 'R', 'evaluator', {At})", Kind.Unique),
            ($"INSERT INTO instrument_snapshots (sha256, instrument_id, instrument_version, source_name, yaml, created_at) VALUES ('aa', 'j', '1', 'j', 'y', {At})", Kind.Unique),
            ("INSERT INTO assignments (round_id, jurisdiction_code, rater_id) VALUES (1, '3301', 1)", Kind.Unique),
            ($"INSERT INTO responses (round_id, jurisdiction_code, rater_id, created_at) VALUES (1, '3301', 1, {At})", Kind.Unique),
            ($"INSERT INTO reconciled_answers (round_id, jurisdiction_code, item_id, value, reason, set_by, set_at) VALUES (1, '3301', 'q1', '2', 'agreed', 1, {At})", Kind.Accepted),
            ($"INSERT INTO reconciled_answers (round_id, jurisdiction_code, item_id, value, reason, set_by, set_at) VALUES (1, '3301', 'q1', '3', 'again', 1, {At})", Kind.Unique),
            ($"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (99, 'q1', '4', 1, 1, {At})", Kind.ForeignKey),
            ($"INSERT INTO responses (round_id, jurisdiction_code, rater_id, created_at) VALUES (1, '33', 1, {At})", Kind.ForeignKey),
            ("INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('9901', 'x', 'x', 'county', 'county', '99', 't')", Kind.ForeignKey),
            ($"INSERT INTO rounds (name, snapshot_id, mode, created_at) VALUES ('R', 7, 'external_evaluation', {At})", Kind.ForeignKey),
            ("INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('34', 'x', 'x', 'province', 'province', '33', 't')", Kind.Check),
            ("INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('3302', 'x', 'x', 'prefecture', 'town', '33', 't')", Kind.Check),
            ($"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, created_at) VALUES ('s', 'S', 'S', 'self_assessor', {At})", Kind.Check),
            ($"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, jurisdiction_code, created_at) VALUES ('e', 'E', 'E', 'evaluator', '3301', {At})", Kind.Check),
            ($"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, created_at) VALUES ('r', 'R', 'R', 'root', {At})", Kind.Check),
            ($"INSERT INTO accounts (user_name, normalized_user_name, display_name, role, is_lead, created_at) VALUES ('l', 'L', 'L', 'evaluator', 2, {At})", Kind.Check),
            ($"INSERT INTO answers (response_id, item_id, value, is_na, version, updated_by, updated_at) VALUES (1, 'q2', NULL, 1, 1, 1, {At})", Kind.Check),
            ($"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (1, 'q3', '1', 0, 1, {At})", Kind.Check),
            ($"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (1, 'q4', NULL, 1, 1, {At})", Kind.Accepted),
            ($"INSERT INTO reconciled_answers (round_id, jurisdiction_code, item_id, value, reason, set_by, set_at) VALUES (1, '3301', 'q2', '1', '   ', 1, {At})", Kind.Check),
            ($"INSERT INTO response_comments (response_id, author_id, body, created_at) VALUES (1, 1, ' ', {At})", Kind.Check),
            ($"INSERT INTO rounds (name, snapshot_id, mode, opens_at, closes_at, created_at) VALUES ('R', 1, 'self_assessment', '2026-02-01', '2026-01-01', {At})", Kind.Check),
            ($"INSERT INTO rounds (name, snapshot_id, mode, status, created_at) VALUES ('R', 1, 'self_assessment', 'archived', {At})", Kind.Check),
            ("UPDATE responses SET status = 'pending' WHERE id = 1", Kind.Check),
            ($"INSERT INTO answers (response_id, item_id, value, version, updated_by, updated_at) VALUES (1, NULL, '1', 1, 1, {At})", Kind.NotNull),
            ("INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, source) VALUES ('35', NULL, 'x', 'province', 'province', 't')", Kind.NotNull),
            // AnswerStore.Save's upsert, as written for SQLite, runs unchanged on PostgreSQL.
            ($"""
              INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at)
              VALUES (1, 'q1', '5', 0, NULL, NULL, 2, 1, {At})
              ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                  evidence_text = excluded.evidence_text, evidence_link = excluded.evidence_link, version = excluded.version,
                  updated_by = excluded.updated_by, updated_at = excluded.updated_at
              """, Kind.Accepted),
        ];

        using var pair = new MigratedPair();
        AssertSameOutcomes(pair, cases);
        foreach (var (provider, c) in pair.Both)
            Assert.Equal((provider, "5", 2L), (provider, c.ExecuteScalar<string>("SELECT value FROM answers WHERE response_id = 1 AND item_id = 'q1'"),
                c.ExecuteScalar<long>("SELECT version FROM answers WHERE response_id = 1 AND item_id = 'q1'")));
    }

    [PostgresFact]
    public void Audit_rows_comments_and_snapshots_refuse_change_and_a_round_keeps_its_snapshot()
    {
        (string Sql, Kind Expected, string? Message)[] cases =
        [
            ("UPDATE audit_log SET actor = 'someone else' WHERE id = 1", Kind.Trigger, "the audit trail is append-only"),
            ("DELETE FROM audit_log WHERE id = 1", Kind.Trigger, "the audit trail is append-only"),
            // Row triggers on both: a statement that touches no row is not refused.
            ("UPDATE audit_log SET actor = 'nobody' WHERE id = 999", Kind.Accepted, null),
            ($"INSERT INTO audit_log (at, actor, entity, entity_key) VALUES ({At}, 'rater', 'answer', 'response:1/item:q2')", Kind.Accepted, null),
            ("UPDATE response_comments SET body = 'changed' WHERE id = 1", Kind.Trigger, "review comments are append-only"),
            ("DELETE FROM response_comments", Kind.Trigger, "review comments are append-only"),
            ("UPDATE instrument_snapshots SET source_name = 'renamed.yaml' WHERE id = 1", Kind.Trigger, "instrument snapshots are immutable"),
            ("DELETE FROM instrument_snapshots WHERE id = 2", Kind.Trigger, "instrument snapshots are immutable"),
            ("UPDATE rounds SET snapshot_id = 2 WHERE id = 1", Kind.Trigger, "a round's instrument snapshot cannot change"),
            ("UPDATE rounds SET snapshot_id = 1, status = 'open' WHERE id = 1", Kind.Accepted, null),
        ];

        using var pair = new MigratedPair();
        AssertSameOutcomes(pair, cases.Select(c => (c.Sql, c.Expected)).ToArray(), cases.Select(c => c.Message).ToArray());
        foreach (var (provider, c) in pair.Both)
            Assert.Equal((provider, 2L, 1L, "open"), (provider, c.ExecuteScalar<long>("SELECT count(*) FROM audit_log"),
                c.ExecuteScalar<long>("SELECT count(*) FROM response_comments"), c.ExecuteScalar<string>("SELECT status FROM rounds WHERE id = 1")));

        // TRUNCATE exists only in PostgreSQL, and passes row triggers by: the statement triggers refuse it.
        foreach (var table in new[] { "audit_log", "response_comments", "instrument_snapshots" })
        {
            var truncate = Run(pair.Postgres, $"TRUNCATE {table} CASCADE");
            Assert.Equal((table, Kind.Trigger), (table, truncate.Kind));
        }
    }

    private static void AssertSameOutcomes(MigratedPair pair, (string Sql, Kind Expected)[] cases, string?[]? messages = null)
    {
        foreach (var (provider, c) in pair.Both)
            foreach (var sql in Seed)
                c.Execute(sql);
        var wrong = new List<string>();
        for (var i = 0; i < cases.Length; i++)
            foreach (var (provider, c) in pair.Both)
            {
                var (kind, message) = Run(c, cases[i].Sql);
                if (kind != cases[i].Expected || (messages?[i] is { } expected && !message.Contains(expected, StringComparison.Ordinal)))
                    wrong.Add($"{provider}: {cases[i].Sql.ReplaceLineEndings(" ")}\n  expected {cases[i].Expected} {messages?[i]}, got {kind}: {message}");
            }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Runs one statement and names the rule that refused it, as the store maps each provider's own error codes (SqlDialect.Refusal).</summary>
    private static (Kind Kind, string Message) Run(DbConnection c, string sql)
    {
        try
        {
            c.Execute(sql);
            return (Kind.Accepted, "");
        }
        catch (DbException e)
        {
            var kind = SqlDialect.Of(c).Refusal(e) switch
            {
                ConstraintKind.Key => Kind.Unique,
                ConstraintKind.ForeignKey => Kind.ForeignKey,
                ConstraintKind.Check => Kind.Check,
                ConstraintKind.NotNull => Kind.NotNull,
                ConstraintKind.Trigger => Kind.Trigger,
                _ => throw new InvalidOperationException($"{c.GetType().Name}: {sql}: {e.Message}", e),
            };
            return (kind, e is PostgresException p ? p.MessageText : e.Message);
        }
    }
}
