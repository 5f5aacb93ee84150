using System.Data.Common;
using Assessment.Core.Answers;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Telemetry;
using Dapper;

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
                return await db.Writer.WriteAwaitingAsync((c, tx) => SaveAsync(c, tx, w), cancellation).ConfigureAwait(false);
            }
            // The disk or the database's size limit is reached (SQLITE_FULL, SQLSTATE 53100). The write was rolled
            // back (a failed batch is reported to each of its callers), so nothing stored before is touched; the page
            // keeps the answer and says why.
            catch (Exception e) when (db.Dialect.IsStorageFull(e))
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

    private async Task<SaveResult> SaveAsync(DbConnection c, DbTransaction tx, AnswerWrite w)
    {
        // The statuses stay as read until this write commits (on PostgreSQL a submit or a round's closing waits for it).
        var context = await c.QuerySingleOrDefaultAsync<SaveContext>($"""
            SELECT r.status AS ResponseStatus, rd.status AS RoundStatus, rd.id AS RoundId, s.sha256 AS Sha256,
                   (SELECT user_name FROM accounts WHERE id = @ActorId) AS Actor
            FROM responses r JOIN rounds rd ON rd.id = r.round_id JOIN instrument_snapshots s ON s.id = rd.snapshot_id
            WHERE r.id = @ResponseId {db.Dialect.ForShare("r, rd")}
            """, new { w.ResponseId, w.ActorId }, tx).ConfigureAwait(false);
        if (context is null) return new SaveResult.Invalid($"No response has id {w.ResponseId}.");
        if (context.Actor is null) return new SaveResult.Invalid($"No account has id {w.ActorId}.");
        if (RoundLifecycle.AnswersLocked(StoredNames.ParseResponseStatus(context.ResponseStatus), StoredNames.ParseRoundStatus(context.RoundStatus)) is { } locked)
            return new SaveResult.ReadOnly(locked.Message);

        var instrument = db.Snapshots.Get(context.Sha256, () =>
            c.QuerySingle<string>("SELECT yaml FROM instrument_snapshots WHERE sha256 = @Sha256", new { context.Sha256 }, tx));
        if (instrument.FindItem(w.ItemId) is not { } item)
            return new SaveResult.Invalid($"item {w.ItemId}: the round's instrument ({instrument.Id} {instrument.Version}) has no such item");
        var parsed = AnswerText.Parse(item, w.Value);
        if (!parsed.Ok) return new SaveResult.Invalid(parsed.Error!);

        var proposed = AnswerState.Of(parsed.Answer, w.EvidenceText, w.EvidenceLink);
        // Decided on the row as read, and written only if the row is still that one (same version, or still absent):
        // on PostgreSQL another node's save may commit in between. Then the decision is taken again on the new row.
        while (true)
        {
            var current = await c.QuerySingleOrDefaultAsync<StoredAnswerRow>($"""
                SELECT {Columns} FROM answers a JOIN accounts u ON u.id = a.updated_by
                WHERE a.response_id = @ResponseId AND a.item_id = @ItemId
                """, new { w.ResponseId, w.ItemId }, tx).ConfigureAwait(false);
            switch (AnswerChange.Decide(current?.State, current?.Version ?? 0, proposed, w.ExpectedVersion))
            {
                case AnswerChange.Unchanged u:
                    return new SaveResult.Unchanged(u.Version);
                case AnswerChange.Conflict conflict:
                    return new SaveResult.Conflict(current?.Value, current?.IsNa == 1, current?.UpdatedBy ?? "", current is null
                        ? DateTimeOffset.MinValue : Clock.Parse(current.UpdatedAt), conflict.CurrentVersion);
                case AnswerChange.Write write:
                    var at = Clock.Stamp(db.Time);
                    var stored = await c.ExecuteAsync("""
                        INSERT INTO answers (response_id, item_id, value, is_na, evidence_text, evidence_link, version, updated_by, updated_at)
                        VALUES (@ResponseId, @ItemId, @Value, @IsNa, @EvidenceText, @EvidenceLink, @version, @ActorId, @at)
                        ON CONFLICT (response_id, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                            evidence_text = excluded.evidence_text, evidence_link = excluded.evidence_link, version = excluded.version,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        WHERE answers.version = @read
                        """, new
                    {
                        w.ResponseId,
                        w.ItemId,
                        proposed.Value,
                        IsNa = proposed.IsNa ? 1 : 0,
                        proposed.EvidenceText,
                        proposed.EvidenceLink,
                        version = write.Version,
                        w.ActorId,
                        at,
                        read = current?.Version ?? 0,
                    }, tx).ConfigureAwait(false);
                    if (stored == 0) continue; // changed since it was read: decide again on what is stored now
                    await AuditLog.AppendAsync(c, tx, at, context.Actor, "answer", AuditKey(w.ResponseId, w.ItemId), current is null ? null : Describe(current.State), Describe(proposed)).ConfigureAwait(false);
                    return new SaveResult.Saved(write.Version);
                default:
                    throw new InvalidOperationException("An answer change is unchanged, a conflict or a write.");
            }
        }
    }

    internal static string AuditKey(long responseId, string itemId) => $"response:{responseId}/item:{itemId}";

    /// <summary>The answer's whole state for the audit trail (value null = cleared).</summary>
    internal static string Describe(AnswerState a) => new AnswerAuditValue(a.Value, a.IsNa, a.EvidenceText, a.EvidenceLink).ToJson();

    private sealed record SaveContext(string ResponseStatus, string RoundStatus, long RoundId, string Sha256, string? Actor);

    internal sealed record StoredAnswerRow(
        string ItemId, string? Value, long IsNa, string? EvidenceText, string? EvidenceLink, long Version, string UpdatedBy, string UpdatedAt)
    {
        public StoredAnswer ToAnswer() => new(ItemId, Value, IsNa == 1, EvidenceText, EvidenceLink, Version, UpdatedBy, UpdatedAt);

        public AnswerState State => new(Value, IsNa == 1, EvidenceText, EvidenceLink);
    }
}
