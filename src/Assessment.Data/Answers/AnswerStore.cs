using Assessment.Core.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Telemetry;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Answers;

/// <summary>Saving and reading one rater's answers. Every save returns only after its COMMIT.</summary>
public sealed class AnswerStore(AssessmentDb db)
{
    private const string Columns = """
        a.item_id AS ItemId, a.value AS Value, a.is_na AS IsNa, a.evidence_text AS EvidenceText, a.evidence_link AS EvidenceLink,
        a.version AS Version, u.user_name AS UpdatedBy, a.updated_at AS UpdatedAt
        """;

    public SaveResult Save(AnswerWrite w) => SaveAsync(w).GetAwaiter().GetResult();

    public Task<SaveResult> SaveAsync(AnswerWrite w, CancellationToken cancellation = default) =>
        StoreMetrics.MeasureAsync(async () =>
        {
            try
            {
                return await db.Writer.WriteAsync((c, tx) => Save(c, tx, w), cancellation);
            }
            // SQLITE_FULL: the disk or the database's size limit is reached. The write was rolled back (a failed
            // batch is reported to each of its callers), so nothing stored before is touched; the page keeps the
            // answer and says why.
            catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_FULL)
            {
                return new SaveResult.StorageFull();
            }
        });

    public IReadOnlyList<StoredAnswer> ForResponse(long responseId)
    {
        using var c = db.OpenRead();
        return c.Query<StoredAnswerRow>($"""
            SELECT {Columns} FROM answers a JOIN accounts u ON u.id = a.updated_by
            WHERE a.response_id = @responseId ORDER BY a.item_id
            """, new { responseId }).Select(r => r.ToAnswer()).ToList();
    }

    public StoredAnswer? Find(long responseId, string itemId)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<StoredAnswerRow>($"""
            SELECT {Columns} FROM answers a JOIN accounts u ON u.id = a.updated_by
            WHERE a.response_id = @responseId AND a.item_id = @itemId
            """, new { responseId, itemId })?.ToAnswer();
    }

    private SaveResult Save(SqliteConnection c, SqliteTransaction tx, AnswerWrite w)
    {
        var context = c.QuerySingleOrDefault<SaveContext>("""
            SELECT r.status AS ResponseStatus, rd.status AS RoundStatus, rd.id AS RoundId, s.sha256 AS Sha256,
                   (SELECT user_name FROM accounts WHERE id = @ActorId) AS Actor
            FROM responses r JOIN rounds rd ON rd.id = r.round_id JOIN instrument_snapshots s ON s.id = rd.snapshot_id
            WHERE r.id = @ResponseId
            """, new { w.ResponseId, w.ActorId }, tx);
        if (context is null) return new SaveResult.Invalid($"No response has id {w.ResponseId}.");
        if (context.Actor is null) return new SaveResult.Invalid($"No account has id {w.ActorId}.");
        if (Writability.ResponseLock(context.ResponseStatus, context.RoundStatus) is { } locked) return new SaveResult.ReadOnly(locked);

        var instrument = db.Snapshots.Get(context.Sha256, () =>
            c.QuerySingle<string>("SELECT yaml FROM instrument_snapshots WHERE sha256 = @Sha256", new { context.Sha256 }, tx));
        if (instrument.FindItem(w.ItemId) is not { } item)
            return new SaveResult.Invalid($"item {w.ItemId}: the round's instrument ({instrument.Id} {instrument.Version}) has no such item");
        var parsed = AnswerText.Parse(item, w.Value);
        if (!parsed.Ok) return new SaveResult.Invalid(parsed.Error!);

        var value = parsed.Answer is null ? null : AnswerText.Format(parsed.Answer);
        var isNa = parsed.Answer is Answer.NotApplicable;
        var evidenceText = Blank(w.EvidenceText);
        var evidenceLink = Blank(w.EvidenceLink);

        var current = c.QuerySingleOrDefault<StoredAnswerRow>($"""
            SELECT {Columns} FROM answers a JOIN accounts u ON u.id = a.updated_by
            WHERE a.response_id = @ResponseId AND a.item_id = @ItemId
            """, new { w.ResponseId, w.ItemId }, tx);
        if (current is null && value is null && evidenceText is null && evidenceLink is null) return new SaveResult.Unchanged(0);
        if (current is not null && current.Value == value && (current.IsNa == 1) == isNa
            && current.EvidenceText == evidenceText && current.EvidenceLink == evidenceLink)
            return new SaveResult.Unchanged(current.Version);
        var currentVersion = current?.Version ?? 0;
        if (w.ExpectedVersion != currentVersion)
            return new SaveResult.Conflict(current?.Value, current?.IsNa == 1, current?.UpdatedBy ?? "", current is null
                ? DateTimeOffset.MinValue : Clock.Parse(current.UpdatedAt), currentVersion);

        var at = Clock.Stamp(db.Time);
        var version = currentVersion + 1;
        c.Execute("""
            INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at)
            VALUES (@ResponseId, @ItemId, @value, @isNa, @evidenceText, @evidenceLink, @version, @ActorId, @at)
            ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                evidence_text = excluded.evidence_text, evidence_link = excluded.evidence_link, version = excluded.version,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """, new { w.ResponseId, w.ItemId, value, isNa, evidenceText, evidenceLink, version, w.ActorId, at }, tx);
        AuditLog.Append(c, tx, at, context.Actor, "answer", AuditKey(w.ResponseId, w.ItemId),
            current is null ? null : Describe(current.Value, current.IsNa == 1, current.EvidenceText, current.EvidenceLink),
            Describe(value, isNa, evidenceText, evidenceLink));
        return new SaveResult.Saved(version);
    }

    internal static string AuditKey(long responseId, string itemId) => $"response:{responseId}/item:{itemId}";

    /// <summary>The answer's whole state for the audit trail (value null = cleared).</summary>
    internal static string Describe(string? value, bool isNa, string? evidenceText, string? evidenceLink) =>
        new AnswerAuditValue(value, isNa, evidenceText, evidenceLink).ToJson();

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed record SaveContext(string ResponseStatus, string RoundStatus, long RoundId, string Sha256, string? Actor);

    internal sealed record StoredAnswerRow(
        string ItemId, string? Value, long IsNa, string? EvidenceText, string? EvidenceLink, long Version, string UpdatedBy, string UpdatedAt)
    {
        public StoredAnswer ToAnswer() => new(ItemId, Value, IsNa == 1, EvidenceText, EvidenceLink, Version, UpdatedBy, UpdatedAt);
    }
}

/// <summary>When answers may change: the round is open and the response is a draft or was returned.</summary>
internal static class Writability
{
    public static string? ResponseLock(string responseStatus, string roundStatus) =>
        roundStatus != "open" ? $"The round is {roundStatus}; answers can only change while it is open."
        : responseStatus is "submitted" or "accepted"
            ? $"This response is {responseStatus} and read-only; an evaluator must return it before answers can change."
            : null;
}
