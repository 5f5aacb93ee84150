using Assessment.Core.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Answers;

/// <summary>One reason a row of an imported file was refused: line 1 is the header.</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

public sealed record ImportResult(int Written, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Imports the tidy answers CSV (Assessment.Core.Answers.AnswerCsv) into a round, all or nothing: every bad row is
/// reported with its line and nothing is written unless every row is good. Raters are accounts (by user name);
/// a rater not yet assigned to a jurisdiction is assigned by the import. Each imported answer is written and
/// audited as the rater's answer, exactly like a save from the page.
/// </summary>
public static class AnswerImport
{
    public static ImportResult Import(AssessmentDb db, long roundId, TextReader csv, string actor)
    {
        var instrument = new Instruments.SnapshotStore(db).ForRound(roundId);
        Context context;
        using (var c = db.OpenRead()) context = Context.Read(c, roundId);
        if (context.RoundStatus != "open")
            return new ImportResult(0, 0, [new ImportProblem(1, $"round {roundId} is {context.RoundStatus}; answers can only be imported while it is open")]);

        var problems = new List<ImportProblem>();
        var rows = new List<Row>();
        foreach (var row in AnswerCsv.Read(csv, instrument))
        {
            if (row.Error is not null) { problems.Add(new ImportProblem(row.Line, row.Error)); continue; }
            if (!context.Jurisdictions.TryGetValue(row.Jurisdiction, out var code))
                problems.Add(new ImportProblem(row.Line, $"column jurisdiction: '{row.Jurisdiction}' is not a known jurisdiction code"));
            else if (!context.Raters.TryGetValue(row.Rater, out var raterId))
                problems.Add(new ImportProblem(row.Line, $"column rater: '{row.Rater}' is not a user name of an account"));
            else if (context.Responses.TryGetValue((row.Jurisdiction, raterId), out var r) && r.Status is "submitted" or "accepted")
                problems.Add(new ImportProblem(row.Line, $"the response of '{row.Rater}' for '{row.Jurisdiction}' is {r.Status} and read-only"));
            else
                rows.Add(new Row(code, raterId, row.ItemId,
                    row.Answer is null ? null : AnswerText.Format(row.Answer), row.Answer is Answer.NotApplicable,
                    AnswerStore.Blank(row.EvidenceText), AnswerStore.Blank(row.EvidenceLink)));
        }
        if (problems.Count > 0) return new ImportResult(0, 0, problems);

        return db.Writer.Write((c, tx) => Write(c, tx, roundId, rows, actor, Clock.Stamp(db.Time)));
    }

    private static ImportResult Write(SqliteConnection c, SqliteTransaction tx, long roundId, List<Row> rows, string actor, string at)
    {
        var responses = new Dictionary<(string, long), long>();
        foreach (var key in rows.Select(r => (r.Jurisdiction, r.RaterId)).Distinct())
            responses[key] = RoundStore.EnsureResponse(c, tx, roundId, key.Jurisdiction, key.RaterId, actor, at);

        var existing = c.Query<(long ResponseId, string ItemId, string? Value, long IsNa, string? EvidenceText, string? EvidenceLink, long Version)>("""
            SELECT a.response_id, a.item_id, a.value, a.is_na, a.evidence_text, a.evidence_link, a.version
            FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.round_id = @roundId
            """, new { roundId }, tx).ToDictionary(a => (a.ResponseId, a.ItemId));

        // One prepared command per statement, rebound for each row: a million rows through Dapper's per-call
        // parameter reflection would cost seconds; the SQL is still right here, next to the code that runs it.
        using var upsert = Prepare(c, tx, """
            INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at)
            VALUES ($response, $item, $value, $na, $etext, $elink, $version, $by, $at)
            ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                evidence_text = excluded.evidence_text, evidence_link = excluded.evidence_link, version = excluded.version,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """, "$response", "$item", "$value", "$na", "$etext", "$elink", "$version", "$by", "$at");
        using var audit = Prepare(c, tx, """
            INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value, reason)
            VALUES ($at, $actor, 'answer', $key, $old, $new, $reason)
            """, "$at", "$actor", "$key", "$old", "$new", "$reason");
        audit.Parameters["$at"].Value = at;
        audit.Parameters["$actor"].Value = actor;
        audit.Parameters["$reason"].Value = "import";
        upsert.Parameters["$at"].Value = at;

        int written = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var responseId = responses[(row.Jurisdiction, row.RaterId)];
            existing.TryGetValue((responseId, row.ItemId), out var old);
            var had = old.ItemId is not null;
            if (had ? old.Value == row.Value && (old.IsNa == 1) == row.IsNa && old.EvidenceText == row.EvidenceText && old.EvidenceLink == row.EvidenceLink
                    : row.Value is null && row.EvidenceText is null && row.EvidenceLink is null)
            {
                unchanged++;
                continue;
            }
            Bind(upsert, responseId, row.ItemId, row.Value, row.IsNa ? 1 : 0, row.EvidenceText, row.EvidenceLink, old.Version + 1, row.RaterId);
            upsert.ExecuteNonQuery();
            audit.Parameters["$key"].Value = AnswerStore.AuditKey(responseId, row.ItemId);
            audit.Parameters["$old"].Value = had ? AnswerStore.Describe(old.Value, old.EvidenceText, old.EvidenceLink) : DBNull.Value;
            audit.Parameters["$new"].Value = AnswerStore.Describe(row.Value, row.EvidenceText, row.EvidenceLink);
            audit.ExecuteNonQuery();
            written++;
        }
        return new ImportResult(written, unchanged, []);
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private sealed record Row(string Jurisdiction, long RaterId, string ItemId, string? Value, bool IsNa, string? EvidenceText, string? EvidenceLink);

    private sealed record Context(
        string RoundStatus, HashSet<string> Jurisdictions, Dictionary<string, long> Raters,
        Dictionary<(string, long), (long Id, string Status)> Responses)
    {
        public static Context Read(SqliteConnection c, long roundId)
        {
            var status = c.QuerySingleOrDefault<string>("SELECT status FROM rounds WHERE id = @roundId", new { roundId })
                ?? throw new ArgumentException($"No round has id {roundId}.");
            return new Context(status,
                c.Query<string>("SELECT code FROM jurisdictions").ToHashSet(StringComparer.Ordinal),
                c.Query<(string, long)>("SELECT user_name, id FROM accounts").ToDictionary(a => a.Item1, a => a.Item2, StringComparer.OrdinalIgnoreCase),
                c.Query<(string J, long R, long Id, string S)>(
                    "SELECT jurisdiction_code, rater_id, id, status FROM responses WHERE round_id = @roundId", new { roundId })
                    .ToDictionary(r => (r.J, r.R), r => (r.Id, r.S)));
        }
    }
}
