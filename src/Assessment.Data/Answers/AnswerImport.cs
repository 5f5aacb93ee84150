using System.Data.Common;
using System.Threading.Channels;
using Assessment.Core.Accounts;
using Assessment.Core.Answers;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Dapper;

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
/// reported with its line and nothing is written unless every row is good. Raters are accounts (by user name, whatever
/// its case) that may rate the row's jurisdiction in this round (evaluators; in a self-assessment the jurisdiction's
/// self-assessors); a rater not yet assigned to a jurisdiction is assigned by the import. Each imported answer is
/// written and audited as the rater's answer, exactly like a save from the page.
/// </summary>
/// <remarks>
/// The file is parsed and checked on the caller's thread while the writer stores the rows already checked, in one
/// transaction: on two cores parsing and writing overlap, and the file is never held in memory whole. The first
/// bad row makes the writer roll back (nothing of the file stays); parsing goes on to the end so that every bad
/// row is reported at once. The writer waits on the reader while the file is parsed, so give it a local file or
/// an upload already received, never a slow network stream.
/// </remarks>
public static class AnswerImport
{
    private const int BatchSize = 2048;

    public static ImportResult Import(AssessmentDb db, long roundId, TextReader csv, string actor)
    {
        var instrument = new Instruments.SnapshotStore(db).ForRound(roundId);
        Context context;
        using (var c = db.OpenRead()) context = Context.Read(c, roundId);
        if (context.RoundStatus != RoundStatus.Open)
            return new ImportResult(0, 0, [new ImportProblem(1, $"round {roundId} is {context.RoundStatus.Name()}; answers can only be imported while it is open")]);

        // Bounded: when the writer falls behind, parsing waits instead of filling memory with the file.
        var batches = Channel.CreateBounded<Row[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        var at = Clock.Stamp(db.Time);
        var writing = db.Writer.WriteAsync((c, tx) => Write(c, tx, roundId, batches.Reader, actor, at));

        var problems = new List<ImportProblem>();
        var batch = new List<Row>(BatchSize);
        Exception? failed = null;
        try
        {
            foreach (var row in AnswerCsv.Read(csv, instrument))
            {
                if (Check(row, context, out var raterId) is { } problem)
                {
                    // The first problem stops the writer at once (it rolls back); the rest of the file is only checked.
                    if (problems.Count == 0) batches.Writer.TryComplete(new Rejected());
                    problems.Add(problem);
                    continue;
                }
                if (problems.Count > 0) continue;
                batch.Add(new Row(row.Line, row.Jurisdiction, raterId, row.ItemId,
                    AnswerState.Of(row.Answer, row.EvidenceText, row.EvidenceLink)));
                if (batch.Count == BatchSize && !Send(batches.Writer, batch, writing)) break;
            }
            if (problems.Count == 0) Send(batches.Writer, batch, writing);
        }
        catch (Exception e)
        {
            failed = e;
            throw;
        }
        finally
        {
            // Whatever happened, the writer must hear the end of the rows, or it would wait for them forever:
            // the end of the file commits, a bad row or a failed read rolls back. (A no-op if already told.)
            batches.Writer.TryComplete(failed ?? (problems.Count > 0 ? new Rejected() : null));
            if (failed is not null) _ = writing.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed: the read error is the one reported
        }

        try
        {
            var result = writing.GetAwaiter().GetResult();
            return problems.Count == 0 ? result : new ImportResult(0, 0, problems);
        }
        catch (Rejected r) when (r.Problem is { } writerProblem)
        {
            // The writer found a row the first check could not see (its response was submitted meanwhile).
            return new ImportResult(0, 0, [.. problems, writerProblem]);
        }
        catch (Rejected)
        {
            return new ImportResult(0, 0, problems);
        }
    }

    /// <summary>Why the row cannot be imported, or null and the id of its rater's account.</summary>
    private static ImportProblem? Check(AnswerCsvRow row, Context context, out long raterId)
    {
        raterId = 0;
        if (row.Error is not null) return new ImportProblem(row.Line, row.Error);
        if (!context.Jurisdictions.Contains(row.Jurisdiction))
            return new ImportProblem(row.Line, $"column jurisdiction: '{row.Jurisdiction}' is not a known jurisdiction code");
        // Found as sign-in finds an account, so a rater is the account whatever the case of the name typed (AnswerCsv's
        // check for a second answer to one item keys raters the same way: two rows never meet on one stored answer).
        if (!context.TryFindRater(row.Rater, out raterId))
            return new ImportProblem(row.Line, $"column rater: '{row.Rater}' is not a user name of an account");
        if (Ineligible(context.RoundMode, context.RaterRoles[raterId], row.Jurisdiction) is { } why)
            return new ImportProblem(row.Line, $"column rater: '{row.Rater}' {why}");
        if (context.Responses.TryGetValue((row.Jurisdiction, raterId), out var r) && RoundLifecycle.AnswersLocked(r.Status, context.RoundStatus) is not null)
            return new ImportProblem(row.Line, $"the response of '{row.Rater}' for '{row.Jurisdiction}' is {r.Status.Name()} and read-only");
        return null;
    }

    /// <summary>
    /// Why an account cannot rate this jurisdiction in a round of this mode, or null: external evaluations are rated
    /// by evaluators, a self-assessment by the self-assessors of the jurisdiction itself, as on the pages.
    /// </summary>
    private static string? Ineligible(RoundMode roundMode, RaterRole rater, string jurisdiction) =>
        roundMode.MayRate(Roles.RaterKindOf(rater.Role), rater.JurisdictionCode, jurisdiction) switch
        {
            RaterRefusal.NotSelfAssessor => $"is {rater.Role}; a self-assessment is answered by self-assessors only",
            RaterRefusal.OtherJurisdiction => $"is the self-assessor of '{rater.JurisdictionCode}', not of '{jurisdiction}'",
            RaterRefusal.NotEvaluator => $"is {rater.Role}; an external evaluation is rated by evaluators only",
            _ => null,
        };

    /// <summary>Hands a batch to the writer; false when the writer has stopped (it failed: its task says why).</summary>
    private static bool Send(ChannelWriter<Row[]> batches, List<Row> batch, Task writing)
    {
        if (batch.Count == 0) return true;
        var sent = batches.WriteAsync([.. batch]).AsTask();
        batch.Clear();
        Task.WaitAny(sent, writing);
        return sent.IsCompletedSuccessfully;
    }

    private static ImportResult Write(DbConnection c, DbTransaction tx, long roundId, ChannelReader<Row[]> batches, string actor, string at)
    {
        // Read again inside the transaction: the round may have closed, a response been submitted or an account
        // changed since the file was checked.
        // Locked until the import commits (nothing on SQLite, whose one writer runs writes one after another): a round's
        // closing or a response's submission waits for the import, or the import waits for it and reads its result.
        var dialect = SqlDialect.Of(c);
        var round = c.QuerySingle<(string Status, string Mode)>($"SELECT status, mode FROM rounds WHERE id = @roundId {dialect.ForShare("rounds")}", new { roundId }, tx);
        var roundStatus = StoredNames.ParseRoundStatus(round.Status);
        var roundMode = StoredNames.ParseRoundMode(round.Mode);
        if (roundStatus != RoundStatus.Open)
            throw new Rejected(new ImportProblem(1, $"round {roundId} was {round.Status} when the file was written; answers can only be imported while it is open"));
        var raters = Context.ReadRaterRoles(c, tx);
        // The round's responses locked for the import (in id order, so two imports never wait in a circle), then their
        // answers read: a save takes FOR SHARE on its response, so a save that committed before is read here and
        // replaced with its value in the audit row, and a save after waits for the import's COMMIT and then meets the
        // import's version (a conflict the page shows). Nothing is overwritten unseen (docs/postgres.md, "Several writers").
        var statuses = Context.ReadResponses(c, roundId, tx, dialect.ForUpdate("responses"));
        var existing = c.Query<StoredRow>("""
            SELECT a.response_id AS ResponseId, a.item_id AS ItemId, a.value AS Value, a.is_na AS IsNa, a.evidence_text AS EvidenceText,
                   a.evidence_link AS EvidenceLink, a.version AS Version
            FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.round_id = @roundId
            """, new { roundId }, tx).ToDictionary(a => (a.ResponseId, a.ItemId));
        // A response opened by the import: locked and read the same way, in case another node opened it (and a save
        // wrote to it or a submit closed it) after the lock above.
        var lockNew = $"""
            SELECT r.status, a.item_id, a.value, a.is_na, a.evidence_text, a.evidence_link, a.version
            FROM responses r LEFT JOIN answers a ON a.response_id = r.id WHERE r.id = @responseId {dialect.ForUpdate("r")}
            """;

        using var opener = ResponseOpener.For(c, tx, roundId, actor, at);
        using var stored = ImportRows.For(c, tx, at, actor);

        int written = 0, unchanged = 0;
        var unopened = new List<(string, long)>();
        // The writer's own thread waits here for the parser: the rows of one file are one transaction.
        while (batches.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            while (batches.TryRead(out var rows))
            {
                // First the checks that need no answer, and the responses to open: a batch's responses are opened
                // together (on PostgreSQL one COPY and one statement), before its answers are decided.
                unopened.Clear();
                foreach (var row in rows)
                {
                    if (Ineligible(roundMode, raters[row.RaterId], row.Jurisdiction) is { } why)
                        throw new Rejected(new ImportProblem(row.Line, $"column rater: account {row.RaterId} {why} (changed while the file was imported)"));
                    if (!statuses.TryGetValue((row.Jurisdiction, row.RaterId), out var response)) unopened.Add((row.Jurisdiction, row.RaterId));
                    else if (RoundLifecycle.AnswersLocked(response.Status, roundStatus) is not null)
                        throw ReadOnly(row.Line, row.Jurisdiction, response.Status);
                }
                foreach (var (pair, response) in opener.EnsureAll(unopened))
                {
                    if (response.New)
                    {
                        // Opened by this transaction: nobody else can have written to it or changed its status.
                        statuses[pair] = (response.Id, ResponseStatus.Draft);
                        stored.Opened(response.Id);
                        continue;
                    }
                    // Opened by another node after the lock above: locked and read the same way (a save may have written
                    // to it, a submit closed it).
                    var opened = c.Query<(string Status, string? ItemId, string? Value, long? IsNa, string? EvidenceText, string? EvidenceLink, long? Version)>(
                        lockNew, new { responseId = response.Id }, tx).AsList();
                    var status = StoredNames.ParseResponseStatus(opened[0].Status);
                    foreach (var a in opened.Where(a => a.ItemId is not null))
                        existing[(response.Id, a.ItemId!)] = new StoredRow(response.Id, a.ItemId!, a.Value, a.IsNa!.Value, a.EvidenceText, a.EvidenceLink, a.Version!.Value);
                    statuses[pair] = (response.Id, status);
                    if (RoundLifecycle.AnswersLocked(status, roundStatus) is not null)
                        throw ReadOnly(rows.First(r => (r.Jurisdiction, r.RaterId) == pair).Line, pair.Jurisdiction, status);
                }

                foreach (var row in rows)
                {
                    var responseId = statuses[(row.Jurisdiction, row.RaterId)].Id;
                    existing.TryGetValue((responseId, row.ItemId), out var old);
                    var current = old is null ? null : new AnswerState(old.Value, old.IsNa == 1, old.EvidenceText, old.EvidenceLink);
                    // An import writes over whatever is stored (no expected version): the file's author means it. What is
                    // stored is what was read, the responses being locked.
                    if (AnswerChange.Decide(current, old?.Version ?? 0, row.Answer, expectedVersion: null) is not AnswerChange.Write write)
                    {
                        unchanged++;
                        continue;
                    }
                    if (current is not null) stored.Update(responseId, row.ItemId, row.Answer, write.Version, row.RaterId);
                    else stored.Insert(responseId, row.ItemId, row.Answer, row.RaterId);
                    stored.Audit(AnswerStore.AuditKey(responseId, row.ItemId), current is null ? null : AnswerStore.Describe(current), AnswerStore.Describe(row.Answer));
                    written++;
                }
                stored.Flush();
            }
        stored.Complete();
        return new ImportResult(written, unchanged, []);
    }

    // A response submitted or accepted (or its round closed) between the file's check and its writing.
    private static Rejected ReadOnly(int line, string jurisdiction, ResponseStatus status) =>
        new(new ImportProblem(line, $"the response for '{jurisdiction}' was {status.Name()} while the file was imported and is read-only"));

    /// <summary>Thrown into the writer to roll the import back: a bad row, found by the parser or by the writer.</summary>
    private sealed class Rejected(ImportProblem? problem = null) : Exception("the import was rejected")
    {
        public ImportProblem? Problem { get; } = problem;
    }

    private sealed record StoredRow(long ResponseId, string ItemId, string? Value, long IsNa, string? EvidenceText, string? EvidenceLink, long Version);

    private sealed record Row(int Line, string Jurisdiction, long RaterId, string ItemId, AnswerState Answer);

    private sealed record RaterRole(string Role, string? JurisdictionCode);

    private sealed record Context(
        RoundStatus RoundStatus, RoundMode RoundMode, HashSet<string> Jurisdictions, Dictionary<string, long> RatersByNormalizedName,
        Dictionary<long, RaterRole> RaterRoles, Dictionary<(string, long), (long Id, ResponseStatus Status)> Responses)
    {
        // A file names few raters on many rows: each spelling is normalized once, not once a row.
        private readonly Dictionary<string, long?> bySpelling = new(StringComparer.Ordinal);

        /// <summary>The account that a user name typed in any case names (<see cref="UserName"/>, as at sign-in).</summary>
        public bool TryFindRater(string spelling, out long id)
        {
            if (!bySpelling.TryGetValue(spelling, out var found))
                bySpelling[spelling] = found = RatersByNormalizedName.TryGetValue(UserName.Normalize(spelling), out var known) ? known : null;
            id = found ?? 0;
            return found is not null;
        }

        public static Context Read(DbConnection c, long roundId)
        {
            var round = c.QuerySingleOrDefault<(string Status, string Mode)?>("SELECT status, mode FROM rounds WHERE id = @roundId", new { roundId })
                ?? throw new ArgumentException($"No round has id {roundId}.");
            return new Context(StoredNames.ParseRoundStatus(round.Status), StoredNames.ParseRoundMode(round.Mode),
                c.Query<string>("SELECT code FROM jurisdictions").ToHashSet(StringComparer.Ordinal),
                c.Query<(string, long)>("SELECT normalized_user_name, id FROM accounts").ToDictionary(a => a.Item1, a => a.Item2, StringComparer.Ordinal),
                ReadRaterRoles(c), ReadResponses(c, roundId));
        }

        public static Dictionary<long, RaterRole> ReadRaterRoles(DbConnection c, DbTransaction? tx = null) =>
            c.Query<(long Id, string Role, string? Code)>("SELECT id, role, jurisdiction_code FROM accounts", transaction: tx)
                .ToDictionary(a => a.Id, a => new RaterRole(a.Role, a.Code));

        /// <summary>The round's responses by (jurisdiction, rater).</summary>
        public static Dictionary<(string, long), (long Id, ResponseStatus Status)> ReadResponses(DbConnection c, long roundId, DbTransaction? tx = null, string lockRows = "") =>
            c.Query<(string J, long R, long Id, string S)>(
                $"SELECT jurisdiction_code, rater_id, id, status FROM responses WHERE round_id = @roundId ORDER BY id {lockRows}", new { roundId }, tx)
                .ToDictionary(r => (r.J, r.R), r => (r.Id, StoredNames.ParseResponseStatus(r.S)));
    }
}
