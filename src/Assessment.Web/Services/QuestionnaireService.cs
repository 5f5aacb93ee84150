using System.Globalization;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>A questionnaire as its page opens it. ReadOnlyReason is set when answers cannot change now.</summary>
public sealed record QuestionnaireView(
    AssignedResponse Response, Instrument Instrument, IReadOnlyList<StoredAnswer> Answers, string? LastItemId, string? ReadOnlyReason);

public sealed record QuestionnaireSummary(AssignedResponse Response, Completeness Completeness);

/// <summary>One item's answer as the page sends it: answer text (AnswerText), evidence, and the version the page read.</summary>
public sealed record ItemEdit(string ItemId, string? Value, string? EvidenceText, string? EvidenceLink, long ExpectedVersion);

/// <summary>
/// Answering a questionnaire: evaluators their assigned jurisdictions, self-assessors only their own jurisdiction in
/// a self-assessment round. The response is always found from the signed-in account, never taken from the page,
/// and every value is checked against the instrument here and in the store, whatever the browser sends.
/// </summary>
public sealed class QuestionnaireService(
    CurrentUser currentUser, AssignedResponses responses, SnapshotStore snapshots, AnswerStore answers, RoundStore rounds)
{
    // Public: the page's inputs take their maximum lengths from here, so the two limits cannot drift apart.
    public const int MaxValueLength = 20_000;
    public const int MaxEvidenceTextLength = 4_000;
    public const int MaxLinkLength = 2_000;

    /// <summary>
    /// The largest message a circuit accepts (SignalR's default is 32 KB). A keystroke in a full answer box sends the
    /// whole text: up to 3 bytes per Chinese character, and a quote or backslash escaped twice takes 4, so a
    /// 20,000-character answer needs about 60 KB, at most 80 KB; the rest is room for the message around it.
    /// </summary>
    public const long MaxCircuitMessageBytes = 6L * MaxValueLength + 16 * 1024;

    public async Task<IReadOnlyList<QuestionnaireSummary>> ListMineAsync()
    {
        var account = await RequireRespondentAsync();
        return responses.ForRater(account.Id)
            .Where(r => Visible(account, r) is null)
            .Select(r =>
            {
                var instrument = snapshots.ForRound(r.RoundId);
                return new QuestionnaireSummary(r, QuestionnaireProgress.Completeness(instrument, answers.ForResponse(r.ResponseId)));
            })
            .ToList();
    }

    /// <exception cref="ForbiddenException">Not the caller's questionnaire, or the round is not open yet.</exception>
    public async Task<QuestionnaireView> OpenAsync(long roundId, string jurisdiction)
    {
        var response = await RequireResponseAsync(roundId, jurisdiction);
        var readOnly = RoundLifecycle.AnswersLocked(response.Status, response.RoundStatus) is not null
            ? QuestionnaireTexts.Submitted.Localized() : null;
        return new QuestionnaireView(response, snapshots.ForRound(roundId), answers.ForResponse(response.ResponseId),
            responses.LastTouchedItem(response.ResponseId), readOnly);
    }

    /// <summary>Saves one item's answer; the outcome (saved, conflict, invalid with a message at the item) is a value.</summary>
    public async Task<SaveResult> SaveAsync(long roundId, string jurisdiction, ItemEdit edit)
    {
        var response = await RequireResponseAsync(roundId, jurisdiction);
        var item = snapshots.ForRound(roundId).FindItem(edit.ItemId);
        if (item is null) return new SaveResult.Invalid(QuestionnaireTexts.NoSuchItem.Localized());
        if (Refusal(item, edit) is { } refused) return new SaveResult.Invalid(refused);
        // The store parses the value against the instrument (AnswerText): unknown option keys, points off the
        // scale, "1,5" for a number and N/A where not allowed come back as Invalid, and nothing is written.
        var result = await answers.SaveAsync(new AnswerWrite(response.ResponseId, edit.ItemId, edit.Value, edit.ExpectedVersion,
            response.RaterId, edit.EvidenceText, edit.EvidenceLink));
        // The store's message is exact but English; a Chinese reader gets what to do in Chinese first.
        return result is SaveResult.Invalid invalid && UiCulture.HtmlLang == UiCulture.Chinese
            ? new SaveResult.Invalid($"{QuestionnaireTexts.InvalidAnswer(item.Type).Zh}（{invalid.Message}）")
            : result;
    }

    /// <summary>What is saved for one item now (after a conflict, to show or take the other version).</summary>
    public async Task<StoredAnswer?> CurrentAsync(long roundId, string jurisdiction, string itemId)
    {
        var response = await RequireResponseAsync(roundId, jurisdiction);
        return answers.Find(response.ResponseId, itemId);
    }

    /// <summary>Submits when nothing required is missing; otherwise returns what is missing and changes nothing.</summary>
    public async Task<IReadOnlyList<MissingItem>> SubmitAsync(long roundId, string jurisdiction)
    {
        var response = await RequireResponseAsync(roundId, jurisdiction);
        var missing = QuestionnaireProgress.Missing(snapshots.ForRound(roundId), answers.ForResponse(response.ResponseId));
        // RoundLifecycle.WhoMakes(Submitted) is the response's own rater: RequireResponseAsync found the caller's own.
        if (missing.Count == 0) rounds.SetResponseStatus(response.ResponseId, ResponseStatus.Submitted, (await currentUser.GetAsync())!.UserName);
        return missing;
    }

    private static string? Refusal(Item item, ItemEdit edit)
    {
        if (item.Evidence == EvidenceRule.None && (!string.IsNullOrWhiteSpace(edit.EvidenceText) || !string.IsNullOrWhiteSpace(edit.EvidenceLink)))
            return QuestionnaireTexts.NoEvidenceAsked.Localized();
        if (edit.Value?.Length > MaxValueLength) return TooLong(MaxValueLength);
        if (edit.EvidenceText?.Length > MaxEvidenceTextLength) return TooLong(MaxEvidenceTextLength);
        if (edit.EvidenceLink?.Length > MaxLinkLength) return TooLong(MaxLinkLength);
        if (!string.IsNullOrWhiteSpace(edit.EvidenceLink)
            && !(Uri.TryCreate(edit.EvidenceLink.Trim(), UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps)))
            return QuestionnaireTexts.BadLink.Localized();
        return null;
    }

    private static string TooLong(int max) => string.Format(CultureInfo.InvariantCulture, QuestionnaireTexts.TooLong.Localized(), max);

    private async Task<Account> RequireRespondentAsync()
    {
        var account = await currentUser.GetAsync() ?? throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
        return account.Allows(Permission.ScoreAssigned) || account.Allows(Permission.SelfAssess)
            ? account : throw new ForbiddenException(SecurityTexts.NotAllowed.Localized());
    }

    private async Task<AssignedResponse> RequireResponseAsync(long roundId, string jurisdiction)
    {
        var account = await RequireRespondentAsync();
        // A self-assessor is refused another jurisdiction even if an assignment for it exists by mistake.
        if (account.Allows(Permission.SelfAssess) && jurisdiction != account.JurisdictionCode)
            throw new ForbiddenException(QuestionnaireTexts.OwnJurisdictionOnly.Localized());
        var response = responses.Find(roundId, jurisdiction, account.Id)
            ?? throw new ForbiddenException(QuestionnaireTexts.NotAssigned.Localized());
        return Visible(account, response) is { } refusal ? throw new ForbiddenException(refusal.Localized()) : response;
    }

    // Core's rule of who answers in which mode, over the assignment (which a hand-edited database could get wrong).
    private static LocalizedText? Visible(Account account, AssignedResponse r) =>
        r.RoundMode.MayRate(account.RaterKind, account.JurisdictionCode, r.JurisdictionCode) switch
        {
            RaterRefusal.NotEvaluator => QuestionnaireTexts.NotSelfAssessment,
            RaterRefusal.NotSelfAssessor => QuestionnaireTexts.SelfAssessorsOnly,
            RaterRefusal.OtherJurisdiction => QuestionnaireTexts.OwnJurisdictionOnly,
            _ => !RoundLifecycle.IsStarted(r.RoundStatus) ? QuestionnaireTexts.RoundNotOpen : null,
        };
}
