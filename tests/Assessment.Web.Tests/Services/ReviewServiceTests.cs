using System.Globalization;
using System.Security.Claims;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.Review;
using Microsoft.Extensions.Configuration;

namespace Assessment.Web.Tests.Services;

/// <summary>The review service against a real SQLite file: who may call it, and what each action stores.</summary>
public sealed class ReviewServiceTests : IDisposable
{
    private const string Code = "3301";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-review-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly Account lead, first, second;
    private readonly SeededRound round;

    public ReviewServiceTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        new JurisdictionStore(db).Upsert([new Jurisdiction(Code, "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
        lead = accounts.Create(new NewAccount("lead", "Lead", Roles.Evaluator, IsLead: true), "test");
        first = accounts.Create(new NewAccount("rater1", "Rater One", Roles.Evaluator), "test");
        second = accounts.Create(new NewAccount("rater2", "Rater Two", Roles.Evaluator), "test");
        round = ReviewSeed.Seed(db, Code, first.Id, second.Id, "test");
    }

    public static TheoryData<string, bool> NotLead => new()
    {
        { Roles.Evaluator, false }, { Roles.Administrator, false }, { Roles.Researcher, false }, { Roles.SelfAssessor, false },
    };

    [Theory]
    [MemberData(nameof(NotLead))]
    public async Task Everyone_but_a_lead_evaluator_is_refused_every_call(string role, bool isLead)
    {
        var account = accounts.Create(new NewAccount("x-" + role, role, role, isLead, role == Roles.SelfAssessor ? Code : null), "test");
        var service = Service(account);
        await Assert.ThrowsAsync<ForbiddenException>(service.RoundsAsync);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RoundAsync(round.RoundId, 0.25));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.JurisdictionAsync(round.RoundId, Code));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ReconcileAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "yes", "r"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RemoveReconciliationAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "r"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ReturnAsync(round.RoundId, Code, round.FirstResponse, "c"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.AcceptAsync(round.RoundId, Code, round.FirstResponse, null));
        Assert.Empty(new ReviewReader(db).Reconciled(round.RoundId));
        Assert.All(new RoundStore(db).Responses(round.RoundId), r => Assert.Equal(ResponseStatus.Submitted, r.Status));
    }

    [Fact]
    public async Task A_rater_assigned_to_the_jurisdiction_cannot_read_the_other_raters_answers()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(first).JurisdictionAsync(round.RoundId, Code));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(null).JurisdictionAsync(round.RoundId, Code));
    }

    [Fact]
    public async Task Items_beyond_the_gap_come_first_and_an_item_exactly_at_the_gap_does_not_count()
    {
        var review = (await Service(lead).JurisdictionAsync(round.RoundId, Code))!;
        var disagreements = review.Disagreements(0.25);
        Assert.Equal([ReviewSeed.DisagreeingItem], disagreements.Select(d => d.Item.Id));
        Assert.Equal(1.0, disagreements[0].Spread.Range);
        Assert.Equal(["yes", "no"], disagreements[0].ByRater.Select(a => Core.Answers.AnswerText.Format(a.Answer!)));
        Assert.Equal("核查记录 if_single_account", disagreements[0].ByRater[0].EvidenceText);
        Assert.Contains(review.Disagreements(0.2), d => d.Item.Id == ReviewSeed.AtTheGapItem);
        Assert.Equal(1, (await Service(lead).RoundAsync(round.RoundId, 0.25))!.Jurisdictions.Single().Disagreements);
        Assert.Equal(2, (await Service(lead).RoundAsync(round.RoundId, 0.2))!.Jurisdictions.Single().Disagreements);
    }

    [Fact]
    public async Task Reconciling_changes_the_live_score_to_the_hand_worked_value_and_records_who_and_why()
    {
        var service = Service(lead);
        var before = (await service.JurisdictionAsync(round.RoundId, Code))!;
        Assert.Equal(ReviewSeedScores.CompositeBefore, before.Explanation.Result.Composite!.Value, 9);
        Assert.Equal(ReviewSeedScores.CompositeBefore, (await service.RoundAsync(round.RoundId, 0.25))!.Jurisdictions.Single().Score.Composite!.Value, 9);

        var outcome = await service.ReconcileAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "yes", "PC 与移动端同一账号，已复核截图");
        Assert.True(outcome.Ok, outcome.Message);

        var after = (await service.JurisdictionAsync(round.RoundId, Code))!;
        Assert.Equal(ReviewSeedScores.CompositeAfterReconciling, after.Explanation.Result.Composite!.Value, 9);
        var trace = after.Explanation.Items.Single(t => t.ItemId == ReviewSeed.DisagreeingItem);
        Assert.Equal(ItemStatus.Reconciled, trace.Status);
        Assert.Equal(ReviewSeedScores.ReconciledItemPoints, trace.PointsInIndicator!.Value, 9);
        var stored = after.Items.Single(i => i.Item.Id == ReviewSeed.DisagreeingItem).Reconciled!;
        Assert.Equal(("yes", "lead", "PC 与移动端同一账号，已复核截图"), (stored.Value, stored.SetBy, stored.Reason));
    }

    [Theory]
    [InlineData("maybe", "yes", "not yes or no")]
    [InlineData("yes", " ", "reason")]
    [InlineData("", "why", "Choose or enter")]
    public async Task A_bad_reconciled_answer_or_a_missing_reason_is_refused_with_a_message(string value, string reason, string message)
    {
        var outcome = await Service(lead).ReconcileAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, value, reason);
        Assert.False(outcome.Ok);
        Assert.Contains(message, outcome.Message);
        Assert.Empty(new ReviewReader(db).Reconciled(round.RoundId));
    }

    [Fact]
    public async Task A_reconciliation_can_be_removed_with_a_reason_and_both_steps_are_audited()
    {
        var service = Service(lead);
        Assert.True((await service.ReconcileAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "no", "截图显示两套账号")).Ok);
        Assert.False((await service.RemoveReconciliationAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "")).Ok);
        Assert.True((await service.RemoveReconciliationAsync(round.RoundId, Code, ReviewSeed.DisagreeingItem, "评估员已更正")).Ok);
        Assert.Empty(new ReviewReader(db).Reconciled(round.RoundId));
        var trail = AuditLog.For(db, "reconciled_answer", $"round:{round.RoundId}/jurisdiction:{Code}/item:{ReviewSeed.DisagreeingItem}");
        // Removal is recorded as no value (null), so the trail alone rebuilds the reconciliations.
        Assert.Equal([("no", "截图显示两套账号"), (null, "评估员已更正")], trail.Select(t => (t.NewValue, t.Reason!)));
    }

    [Fact]
    public async Task Returning_needs_a_comment_the_rater_can_read_and_accepting_follows_the_store_steps()
    {
        var service = Service(lead);
        Assert.False((await service.ReturnAsync(round.RoundId, Code, round.FirstResponse, "  ")).Ok);
        Assert.True((await service.ReturnAsync(round.RoundId, Code, round.FirstResponse, "请补充统一认证的截图")).Ok);
        Assert.True((await service.AcceptAsync(round.RoundId, Code, round.SecondResponse, null)).Ok);
        var statuses = new RoundStore(db).Responses(round.RoundId).ToDictionary(r => r.Id, r => r.Status);
        Assert.Equal((ResponseStatus.Returned, ResponseStatus.Accepted), (statuses[round.FirstResponse], statuses[round.SecondResponse]));

        // A returned response is back with its rater: it cannot be accepted until they submit again.
        var refused = await service.AcceptAsync(round.RoundId, Code, round.FirstResponse, null);
        Assert.False(refused.Ok);
        Assert.Contains("returned", refused.Message);
        Assert.Equal(ResponseStatus.Returned, new RoundStore(db).FindResponse(round.FirstResponse)!.Status);

        var comments = await new ReviewComments(User(first), db).ForResponseAsync(round.FirstResponse);
        Assert.Equal(("请补充统一认证的截图", (ResponseStatus?)ResponseStatus.Returned, "lead"), (comments.Single().Body, comments.Single().Status, comments.Single().Author));
        await Assert.ThrowsAsync<ForbiddenException>(() => new ReviewComments(User(second), db).ForResponseAsync(round.FirstResponse));
        Assert.Single(AuditLog.For(db, "response.comment", $"response:{round.FirstResponse}/comment:{comments.Single().Id}"));
    }

    [Fact]
    public async Task A_response_of_another_jurisdiction_or_round_is_refused()
    {
        var outcome = await Service(lead).AcceptAsync(round.RoundId, "3302", round.FirstResponse, null);
        Assert.False(outcome.Ok);
        Assert.Equal(ResponseStatus.Submitted, new RoundStore(db).FindResponse(round.FirstResponse)!.Status);
        Assert.Null(await Service(lead).JurisdictionAsync(round.RoundId + 1, Code));
    }

    [Theory]
    [InlineData("0.4", 0.4)]
    [InlineData(null, 0.25)]
    public void The_gap_comes_from_configuration(string? configured, double expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Review:DisagreementGap"] = configured }).Build();
        Assert.Equal(expected, ReviewOptions.From(configuration).DisagreementGap);
    }

    [Fact]
    public void A_gap_outside_0_to_1_stops_start_up_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Review:DisagreementGap"] = "25" }).Build();
        Assert.Contains("Review:DisagreementGap", Assert.Throws<InvalidOperationException>(() => ReviewOptions.From(configuration)).Message);
    }

    private ReviewService Service(Account? account) => new(User(account), db, new JurisdictionStore(db));

    private CurrentUser User(Account? account) =>
        new(new FixedAuthentication(account is null ? new ClaimsPrincipal(new ClaimsIdentity()) : UserClaims.For(account, "test")), accounts);

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
