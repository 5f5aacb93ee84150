using System.Globalization;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Dapper;

namespace Assessment.Web.Tests.Review;

/// <summary>
/// A lead evaluator who also rates the jurisdiction is first a rater: the other raters' answers stay hidden until
/// their own response is submitted, and they never accept or return their own response.
/// </summary>
public sealed class BlindRatingTests : IDisposable
{
    private const string Code = "3301";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-blind-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly Account lead;
    private readonly SeededRound round;
    private readonly Response own;

    public BlindRatingTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        var accounts = new AccountStore(db);
        new JurisdictionStore(db).Upsert([new Jurisdiction(Code, "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
        lead = accounts.Create(new NewAccount("lead", "Lead", Roles.Evaluator, IsLead: true), "test");
        var first = accounts.Create(new NewAccount("rater1", "Rater One", Roles.Evaluator), "test");
        var second = accounts.Create(new NewAccount("rater2", "Rater Two", Roles.Evaluator), "test");
        round = ReviewSeed.Seed(db, Code, first.Id, second.Id, "test");
        own = new RoundStore(db).Assign(round.RoundId, Code, lead.Id, "test"); // the lead rates Hangzhou too: a draft
    }

    private ReviewService Lead => new(SignedIn.As(db, lead), db, new JurisdictionStore(db));

    [Fact]
    public async Task A_lead_whose_own_rating_is_a_draft_cannot_open_the_other_raters_answers()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Lead.JurisdictionAsync(round.RoundId, Code));
        // Nor read them summed up: the round's list leaves the jurisdiction out until then.
        Assert.DoesNotContain((await Lead.RoundAsync(round.RoundId, 0.25))!.Jurisdictions, j => j.Code == Code);
        var reconcile = await Lead.ReconcileAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "yes", "checked");
        Assert.False(reconcile.Ok);
        Assert.Empty(new ReviewReader(db).Reconciled(round.RoundId));
    }

    [Fact]
    public async Task Once_their_own_response_is_submitted_the_lead_sees_every_rater()
    {
        new RoundStore(db).SetResponseStatus(own.Id, ResponseStatus.Submitted, "lead");

        var review = (await Lead.JurisdictionAsync(round.RoundId, Code))!;

        Assert.Equal(3, review.Responses.Count);
        Assert.Contains((await Lead.RoundAsync(round.RoundId, 0.25))!.Jurisdictions, j => j.Code == Code);
    }

    [Fact]
    public async Task A_lead_cannot_accept_or_return_their_own_response()
    {
        new RoundStore(db).SetResponseStatus(own.Id, ResponseStatus.Submitted, "lead");

        var accepted = await Lead.AcceptAsync(round.RoundId, Code, own.Id, null);
        var returned = await Lead.ReturnAsync(round.RoundId, Code, own.Id, "自己退回");

        Assert.False(accepted.Ok);
        Assert.False(returned.Ok);
        Assert.Equal(ResponseStatus.Submitted, new RoundStore(db).FindResponse(own.Id)!.Status);
        Assert.True((await Lead.AcceptAsync(round.RoundId, Code, round.FirstResponse, null)).Ok);
    }

    [Fact]
    public async Task A_return_and_its_comment_are_stored_together_or_not_at_all()
    {
        // The comment cannot be stored (as if the disk filled between the two writes): the return must not stay either.
        db.Writer.Write((c, tx) => c.Execute("""
            CREATE TRIGGER refuse_comments BEFORE INSERT ON response_comments BEGIN SELECT RAISE(ABORT, 'comment refused'); END
            """, transaction: tx));

        try { await Lead.ReturnAsync(round.RoundId, Code, round.FirstResponse, "请补充截图"); }
        catch (Microsoft.Data.Sqlite.SqliteException) { /* the failure may surface; what matters is what stayed */ }

        Assert.Equal(ResponseStatus.Submitted, new RoundStore(db).FindResponse(round.FirstResponse)!.Status);
        Assert.Empty(new ResponseCommentStore(db).ForResponse(round.FirstResponse));
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
