using Assessment.Core.Answers;
using Assessment.Core.Rounds;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Answers;

/// <summary>An evaluator's reconciled answer for one item of one jurisdiction; it replaces the raters' mean.</summary>
public sealed class ReconciledAnswerStore(AssessmentDb db)
{
    /// <summary>Sets (or, with an empty value, removes) the reconciled answer. A reason is required either way.</summary>
    public SaveResult Set(long roundId, string jurisdictionCode, string itemId, string? value, string reason, long actorId)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new SaveResult.Invalid($"item {itemId}: say why the answer is reconciled.");
        return db.Writer.Write((c, tx) =>
        {
            // The round's status held as read until this write commits (a publication waits for it, or it reads the publication).
            var ctx = c.QuerySingleOrDefault<(string Status, string Sha256, string? Actor)>($"""
                SELECT r.status, s.sha256, (SELECT user_name FROM accounts WHERE id = @actorId)
                FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id WHERE r.id = @roundId {db.Dialect.ForShare("r")}
                """, new { roundId, actorId }, tx);
            if (ctx.Sha256 is null) return new SaveResult.Invalid($"No round has id {roundId}.");
            if (ctx.Actor is null) return (SaveResult)new SaveResult.Invalid($"No account has id {actorId}.");
            if (RoundLifecycle.ReconciliationLocked(StoredNames.ParseRoundStatus(ctx.Status)) is { } locked) return new SaveResult.ReadOnly(locked);
            var instrument = db.Snapshots.Get(ctx.Sha256, () =>
                c.QuerySingle<string>("SELECT yaml FROM instrument_snapshots WHERE sha256 = @sha", new { sha = ctx.Sha256 }, tx));
            if (instrument.FindItem(itemId) is not { } item)
                return new SaveResult.Invalid($"item {itemId}: the round's instrument has no such item");
            var parsed = AnswerText.Parse(item, value);
            if (!parsed.Ok) return new SaveResult.Invalid(parsed.Error!);

            var canonical = parsed.Answer is null ? null : AnswerText.Format(parsed.Answer);
            var key = new { roundId, jurisdictionCode, itemId };
            // Decided on the row as read and written only if it is still that row (the same value, or still absent), as
            // an answer's save is: two reviewers reconciling the same item on two nodes both read it, the first write
            // wins, and the second finds nothing to write and decides again on the first's value, so its audit row
            // names the value it really replaced and no reconciliation disappears from the trail. (A row lock cannot
            // do it: there is no row to lock before the first reconciliation.)
            while (true)
            {
                var old = c.QuerySingleOrDefault<string?>("""
                    SELECT value FROM reconciled_answers WHERE round_id = @roundId AND jurisdiction_code = @jurisdictionCode AND item_id = @itemId
                    """, key, tx);
                if (old == canonical) return new SaveResult.Unchanged(0);
                var at = Clock.Stamp(db.Time);
                // value is NOT NULL, so "= @old" with old null (no row read) is never true: an insert never overwrites.
                var written = canonical is null
                    ? c.Execute("""
                        DELETE FROM reconciled_answers
                        WHERE round_id = @roundId AND jurisdiction_code = @jurisdictionCode AND item_id = @itemId AND value = @old
                        """, new { roundId, jurisdictionCode, itemId, old }, tx)
                    : c.Execute("""
                        INSERT INTO reconciled_answers (round_id, jurisdiction_code, item_id, value, is_na, reason, set_by, set_at)
                        VALUES (@roundId, @jurisdictionCode, @itemId, @canonical, @isNa, @reason, @actorId, @at)
                        ON CONFLICT (round_id, jurisdiction_code, item_id) DO UPDATE SET value = excluded.value, is_na = excluded.is_na,
                            reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at
                        WHERE reconciled_answers.value = @old
                        """, new { roundId, jurisdictionCode, itemId, canonical, isNa = parsed.Answer is Answer.NotApplicable ? 1 : 0, reason, actorId, at, old }, tx);
                if (written == 0) continue; // changed since it was read: decide again on what is stored now
                AuditLog.Append(c, tx, at, ctx.Actor, "reconciled_answer", $"round:{roundId}/jurisdiction:{jurisdictionCode}/item:{itemId}",
                    old, canonical, reason);   // null: the reconciliation was removed
                return new SaveResult.Saved(1);
            }
        });
    }
}
