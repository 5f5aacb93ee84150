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

    /// <summary>
    /// A round's jurisdictions with response statuses, disagreements and live scores: the round's answers are read once,
    /// grouped and scored by RoundScores, and the disagreements counted from the same groups (Core's Spread).
    /// </summary>
    public async Task<RoundReview?> RoundAsync(long roundId, double gap)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        if (Reviewable(roundId) is not { } round) return null;
        var all = reader.Responses(roundId);
        var blind = all.Where(r => OwnPending(r, lead)).Select(r => r.JurisdictionCode).ToHashSet(StringComparer.Ordinal);
        var responses = all.ToLookup(r => r.JurisdictionCode);
        var names = Names();
        var scored = RoundScores.ForRound(db, roundId, (score, group) => (score, Disagreements: Spread.Disagreements(group.Instrument, group.Answers(), gap)));
        var rows = scored.Where(s => !blind.Contains(s.score.JurisdictionCode)).Select(s => new JurisdictionRow(
            s.score.JurisdictionCode, NameOf(names, s.score.JurisdictionCode), responses[s.score.JurisdictionCode].ToList(),
            s.Disagreements, s.score.Result)).ToList();
        return new RoundReview(round, rows);
    }

    /// <summary>
    /// One jurisdiction item by item, each rater's answer and evidence, and its live score traced by Scorer.Explain:
    /// the answers side by side are the group RoundScores scores (one grouping of answers), the evidence is looked up
    /// beside them.
    /// </summary>
    public async Task<JurisdictionReview?> JurisdictionAsync(long roundId, string code)
    {
        var lead = await currentUser.RequireAsync(Permission.Reconcile);
        if (Reviewable(roundId) is not { } round) return null;
        var responses = reader.Responses(roundId, code);
        if (responses.Count == 0) return null;
        if (responses.Any(r => OwnPending(r, lead))) throw new ForbiddenException(ReviewTexts.SubmitOwnFirst.Localized());
        if (RoundScores.Group(db, roundId, code) is not { } group) return null;
        var instrument = group.Instrument;
        var answers = group.Answers();
        // The group's raters by response id: the responses were read a moment apart from the group, so a response
        // opened in between has no answers here rather than a column of someone else's.
        var slot = group.Responses.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var evidence = reader.Answers(roundId, code).ToDictionary(a => (a.ResponseId, a.ItemId));
        var reconciled = reader.Reconciled(roundId, code).ToDictionary(x => x.ItemId, StringComparer.Ordinal);

        var items = new List<ItemReview>();
        foreach (var layer in instrument.Layers)
            foreach (var indicator in layer.Indicators)
                foreach (var item in indicator.Items)
                {
                    var given = answers.GetValueOrDefault(item.Id);
                    var byRater = responses.Select(r =>
                    {
                        var answer = given is not null && slot.TryGetValue(r.Id, out var i) ? given.ByRater[i] : null;
                        if (answer is null) return new RaterAnswer(null, null, null, null);
                        var shown = evidence.GetValueOrDefault((r.Id, item.Id));
                        return new RaterAnswer(answer, Scorer.ItemScore(item, answer), shown?.EvidenceText, shown?.EvidenceLink);
                    }).ToList();
                    items.Add(new ItemReview(layer, indicator, item, byRater, Spread.Of(item, byRater.Select(b => b.Answer)), reconciled.GetValueOrDefault(item.Id)));
                }
        var names = jurisdictions.Find(code);
        return new JurisdictionReview(round, code, names is null ? new(code, code) : new(names.NameZh, names.NameEn), instrument,
            responses, items, group.Explain(), new ResponseCommentStore(db).ForJurisdiction(roundId, code), db.Time.GetUtcNow());
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

    private Dictionary<string, LocalizedText> Names() =>
        jurisdictions.Stream().ToDictionary(j => j.Code, j => new LocalizedText(j.NameZh, j.NameEn), StringComparer.Ordinal);

    private static LocalizedText NameOf(Dictionary<string, LocalizedText> names, string code) =>
        names.GetValueOrDefault(code) ?? new LocalizedText(code, code);
}
