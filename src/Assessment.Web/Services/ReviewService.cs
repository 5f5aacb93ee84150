using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>
/// Review and reconciliation (issue 4, item 5), for lead evaluators only: every call checks Permission.Reconcile
/// against the stored account, so raters never read each other's drafts here whatever a page shows. A lead who also
/// rates a jurisdiction is blind like any rater: the other raters' answers (and the scores they make) stay hidden
/// until the lead's own response is submitted, and their own response is never theirs to accept or return.
/// Scores come only from Scorer (through RoundScores for a round, Scorer.Explain for one jurisdiction).
/// </summary>
public sealed class ReviewService(CurrentUser currentUser, AssessmentDb db, JurisdictionStore jurisdictions)
{
    private readonly ReviewReader reader = new(db);

    public async Task<IReadOnlyList<ReviewRound>> RoundsAsync()
    {
        await currentUser.RequireAsync(Permission.Reconcile);
        return reader.Rounds();
    }

    /// <summary>A round's jurisdictions with response statuses, disagreements and live scores: a fixed number of set-based reads.</summary>
    public async Task<RoundReview?> RoundAsync(long roundId, double gap)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        if (Reviewable(roundId) is not { } round) return null;
        var instrument = reader.Instrument(roundId);
        var all = reader.Responses(roundId);
        var blind = all.Where(r => OwnPending(r, lead)).Select(r => r.JurisdictionCode).ToHashSet(StringComparer.Ordinal);
        var responses = all.ToLookup(r => r.JurisdictionCode);
        var slot = all.ToDictionary(r => r.Id);
        var answers = new Dictionary<(string, string), List<Answer?>>();
        foreach (var a in reader.Answers(roundId))
        {
            if (instrument.FindItem(a.ItemId) is not { } item || !slot.TryGetValue(a.ResponseId, out var r)) continue;
            var key = (r.JurisdictionCode, item.Id);
            if (!answers.TryGetValue(key, out var list)) answers[key] = list = [];
            list.Add(Parse(item, a.Value));
        }
        var disagreements = answers
            .Where(kv => Spread.Of(instrument.FindItem(kv.Key.Item2)!, kv.Value).Exceeds(gap))
            .GroupBy(kv => kv.Key.Item1).ToDictionary(g => g.Key, g => g.Count());
        var names = Names();
        var rows = RoundScores.ForRound(db, roundId).Where(s => !blind.Contains(s.JurisdictionCode)).Select(s => new JurisdictionRow(
            s.JurisdictionCode, NameOf(names, s.JurisdictionCode), responses[s.JurisdictionCode].ToList(),
            disagreements.GetValueOrDefault(s.JurisdictionCode), s.Result)).ToList();
        return new RoundReview(round, rows);
    }

    /// <summary>One jurisdiction item by item, each rater's answer and evidence, and its live score traced by Scorer.Explain.</summary>
    public async Task<JurisdictionReview?> JurisdictionAsync(long roundId, string code)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        if (Reviewable(roundId) is not { } round) return null;
        var responses = reader.Responses(roundId, code);
        if (responses.Count == 0) return null;
        if (responses.Any(r => OwnPending(r, lead))) throw new ForbiddenException(ReviewTexts.SubmitOwnFirst.Localized());
        var instrument = reader.Instrument(roundId);

        var column = responses.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var given = new Dictionary<string, ReviewAnswer?[]>(StringComparer.Ordinal);
        var builder = new AnswerSetBuilder(instrument);
        foreach (var r in responses) builder.AddRater(code, r.Rater);
        foreach (var a in reader.Answers(roundId, code))
        {
            if (instrument.FindItem(a.ItemId) is not { } item) continue;
            if (!given.TryGetValue(item.Id, out var row)) given[item.Id] = row = new ReviewAnswer?[responses.Count];
            row[column[a.ResponseId]] = a;
            builder.Add(code, responses[column[a.ResponseId]].Rater, item.Id, Parse(item, a.Value));
        }
        var reconciled = reader.Reconciled(roundId, code).ToDictionary(x => x.ItemId, StringComparer.Ordinal);
        foreach (var x in reconciled.Values)
            if (instrument.FindItem(x.ItemId) is { } item) builder.AddReconciled(code, item.Id, Parse(item, x.Value)!);

        var items = new List<ItemReview>();
        foreach (var layer in instrument.Layers)
            foreach (var indicator in layer.Indicators)
                foreach (var item in indicator.Items)
                {
                    var row = given.GetValueOrDefault(item.Id) ?? new ReviewAnswer?[responses.Count];
                    var byRater = row.Select(a => a is null
                        ? new RaterAnswer(null, null, null, null)
                        : Rater(item, a)).ToList();
                    items.Add(new ItemReview(layer, indicator, item, byRater, Spread.Of(item, byRater.Select(b => b.Answer)), reconciled.GetValueOrDefault(item.Id)));
                }
        var set = builder.Build().Single();
        var names = jurisdictions.Find(code);
        return new JurisdictionReview(round, code, names is null ? new(code, code) : new(names.NameZh, names.NameEn), instrument,
            responses, items, Scorer.Explain(instrument, set.Items), new ResponseCommentStore(db).ForJurisdiction(roundId, code), db.Time.GetUtcNow());
    }

    /// <summary>Sets the reconciled answer of one item; the value is answer text (AnswerText) and must not be empty.</summary>
    public async Task<ReviewOutcome> ReconcileAsync(long roundId, string code, string itemId, string? value, string? reason)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        if (string.IsNullOrWhiteSpace(value)) return new(false, ReviewTexts.ChooseAnswer.Localized());
        return Reconciliation(roundId, code, itemId, value, reason, lead.Id, ReviewTexts.Reconciled);
    }

    /// <summary>Removes a reconciled answer, so the raters' mean counts again; a reason is required.</summary>
    public async Task<ReviewOutcome> RemoveReconciliationAsync(long roundId, string code, string itemId, string? reason)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        return Reconciliation(roundId, code, itemId, null, reason, lead.Id, ReviewTexts.ReconciliationRemoved);
    }

    /// <summary>Returns a response to its rater with a comment they will read (status returned).</summary>
    public async Task<ReviewOutcome> ReturnAsync(long roundId, string code, long responseId, string? comment)
    {
        var lead = await currentUser.RequireAsync(StepPermissions.For(RoundLifecycle.WhoMakes(ResponseStatus.Returned)));
        if (string.IsNullOrWhiteSpace(comment)) return new(false, ReviewTexts.CommentRequired.Localized());
        return ChangeStatus(roundId, code, responseId, ResponseStatus.Returned, comment, lead);
    }

    /// <summary>Accepts a response (status accepted); a comment is optional.</summary>
    public async Task<ReviewOutcome> AcceptAsync(long roundId, string code, long responseId, string? comment)
    {
        var lead = await currentUser.RequireAsync(StepPermissions.For(RoundLifecycle.WhoMakes(ResponseStatus.Accepted)));
        return ChangeStatus(roundId, code, responseId, ResponseStatus.Accepted, comment, lead);
    }

    private ReviewOutcome Reconciliation(long roundId, string code, string itemId, string? value, string? reason, long actorId, LocalizedText done)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new(false, ReviewTexts.ReasonRequired.Localized());
        IReadOnlyList<ReviewResponse> responses = Reviewable(roundId) is null ? [] : reader.Responses(roundId, code);
        if (responses.Count == 0) return new(false, ReviewTexts.NotInRound.Localized());
        if (responses.Any(r => OwnPending(r, actorId))) return new(false, ReviewTexts.SubmitOwnFirst.Localized());
        return new ReconciledAnswerStore(db).Set(roundId, code, itemId, value, reason.Trim(), actorId) switch
        {
            SaveResult.Saved => new(true, done.Localized()),
            SaveResult.Unchanged => new(true, ReviewTexts.NothingChanged.Localized()),
            SaveResult.Invalid i => new(false, $"{ReviewTexts.AnswerRefused.Localized()} {i.Message}"),
            SaveResult.ReadOnly r => new(false, $"{ReviewTexts.RoundReadOnly.Localized()} {r.Message}"),
            var other => new(false, other.ToString()),
        };
    }

    private ReviewOutcome ChangeStatus(long roundId, string code, long responseId, ResponseStatus status, string? comment, Data.Accounts.Account lead)
    {
        var responses = reader.Responses(roundId, code);
        var response = responses.FirstOrDefault(r => r.Id == responseId);
        if (response is null) return new(false, ReviewTexts.NotInRound.Localized());
        // A reviewer is never the response's own rater (RoundLifecycle's StepActor.Reviewer).
        if (response.RaterId == lead.Id) return new(false, ReviewTexts.NotOwnResponse.Localized());
        if (responses.Any(r => OwnPending(r, lead.Id))) return new(false, ReviewTexts.SubmitOwnFirst.Localized());
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        try
        {
            // The comment goes in the status change's own transaction: a return never stays without its reason.
            new RoundStore(db).SetResponseStatus(responseId, status, lead.UserName, text, text is null ? null : new ResponseCommentDraft(lead.Id, text));
        }
        catch (InvalidOperationException)
        {
            // The store holds the allowed steps; the page says it in the user's language with the current status.
            return new(false, ReviewTexts.StatusNotAllowed(response.Status, status));
        }
        return new(true, (status == ResponseStatus.Returned ? ReviewTexts.Returned : ReviewTexts.Accepted).Localized());
    }

    // Drafts are the administrator's work in progress (as on the rounds page): nothing in them is reviewed yet.
    private ReviewRound? Reviewable(long roundId) => reader.Round(roundId) is { } round && RoundLifecycle.IsStarted(round.Status) ? round : null;

    // The lead's own response to this jurisdiction, not yet submitted (a draft, or returned to them).
    private static bool OwnPending(ReviewResponse r, long leadId) => r.RaterId == leadId && r.Status is ResponseStatus.Draft or ResponseStatus.Returned;

    private static bool OwnPending(ReviewResponse r, Data.Accounts.Account lead) => OwnPending(r, lead.Id);

    private static RaterAnswer Rater(Item item, ReviewAnswer a)
    {
        var answer = Parse(item, a.Value);
        return new RaterAnswer(answer, Scorer.ItemScore(item, answer), a.EvidenceText, a.EvidenceLink);
    }

    // Stored values were checked against this snapshot when saved; one that no longer parses was edited outside the program.
    private static Answer? Parse(Item item, string value)
    {
        var parsed = AnswerText.Parse(item, value);
        return parsed.Ok ? parsed.Answer : throw new InvalidDataException($"Stored answer does not fit its item: {parsed.Error}");
    }

    private Dictionary<string, LocalizedText> Names() =>
        jurisdictions.Stream().ToDictionary(j => j.Code, j => new LocalizedText(j.NameZh, j.NameEn), StringComparer.Ordinal);

    private static LocalizedText NameOf(Dictionary<string, LocalizedText> names, string code) =>
        names.GetValueOrDefault(code) ?? new LocalizedText(code, code);
}
