using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Web.Localization;
using Assessment.Web.Security;

namespace Assessment.Web.Services;

/// <summary>
/// The evaluators' comments on a response, for the rater who owns it (e.g. beside their questionnaire) and for
/// lead evaluators. Nobody else reads them: a comment can quote the rater's draft.
/// </summary>
public sealed class ReviewComments(CurrentUser currentUser, AssessmentDb db)
{
    /// <exception cref="ForbiddenException">Not signed in, or neither the response's rater nor a lead evaluator.</exception>
    public async Task<IReadOnlyList<ResponseComment>> ForResponseAsync(long responseId)
    {
        var account = await currentUser.GetAsync() ?? throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
        var response = new RoundStore(db).FindResponse(responseId);
        if (response is null) return [];
        if (response.RaterId != account.Id && !account.Allows(Permission.Reconcile))
            throw new ForbiddenException(SecurityTexts.NotAllowed.Localized());
        return new ResponseCommentStore(db).ForResponse(responseId);
    }
}
