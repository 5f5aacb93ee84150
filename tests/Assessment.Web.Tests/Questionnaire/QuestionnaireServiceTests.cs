using System.Security.Claims;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Questionnaire;

/// <summary>Who may answer what, and values the instrument does not allow: a real store in a temp folder.</summary>
public sealed class QuestionnaireServiceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-questionnaire-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly RoundStore rounds;
    private readonly AnswerStore answers;
    private readonly Account evaluator, selfAssessor, researcher;
    private readonly long selfRound, externalRound;

    public QuestionnaireServiceTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        rounds = new RoundStore(db);
        answers = new AnswerStore(db);
        new JurisdictionStore(db).Upsert([
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
            new Jurisdiction("3302", "宁波市", "Ningbo", "prefecture", "city", "33")], "manual", "test");
        evaluator = accounts.Create(new NewAccount("evaluator", "E", Roles.Evaluator), "test");
        selfAssessor = accounts.Create(new NewAccount("hangzhou", "H", Roles.SelfAssessor, JurisdictionCode: "3301"), "test");
        researcher = accounts.Create(new NewAccount("researcher", "R", Roles.Researcher), "test");
        var yaml = File.ReadAllText(Path.Combine(AppServer.RepositoryRoot(), "instruments", "egov-self-assessment-2026.1.yaml"));
        var snapshot = new SnapshotStore(db).Add(yaml, "egov-self-assessment-2026.1.yaml", "test").Snapshot!;
        selfRound = OpenRound(snapshot.Id, RoundMode.SelfAssessment);
        externalRound = OpenRound(snapshot.Id, RoundMode.ExternalEvaluation);
        rounds.Assign(externalRound, "3301", evaluator.Id, "test");
        rounds.Assign(selfRound, "3301", selfAssessor.Id, "test");
    }

    [Fact]
    public async Task An_evaluator_opens_an_assigned_jurisdiction_and_is_refused_any_other()
    {
        var view = await Service(evaluator).OpenAsync(externalRound, "3301");
        Assert.Equal("杭州市", view.Response.JurisdictionNameZh);
        Assert.Null(view.ReadOnlyReason);
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(evaluator).OpenAsync(externalRound, "3302"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(evaluator).SaveAsync(externalRound, "3302", Edit("sa_if_one_window", "yes")));
    }

    [Fact]
    public async Task A_self_assessor_can_never_open_another_jurisdiction_even_when_assigned_to_it_by_mistake()
    {
        rounds.Assign(selfRound, "3302", selfAssessor.Id, "test");
        var service = Service(selfAssessor);
        Assert.Equal("3301", (await service.OpenAsync(selfRound, "3301")).Response.JurisdictionCode);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.OpenAsync(selfRound, "3302"));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SaveAsync(selfRound, "3302", Edit("sa_if_one_window", "yes")));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SubmitAsync(selfRound, "3302"));
        Assert.DoesNotContain(await service.ListMineAsync(), q => q.Response.JurisdictionCode == "3302");
        Assert.Empty(answers.ForResponse(rounds.Responses(selfRound).Single(r => r.JurisdictionCode == "3302").Id));
    }

    [Fact]
    public async Task A_self_assessor_cannot_answer_an_external_evaluation_round_of_their_own_jurisdiction()
    {
        rounds.Assign(externalRound, "3301", selfAssessor.Id, "test");
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(selfAssessor).OpenAsync(externalRound, "3301"));
    }

    [Fact]
    public async Task Roles_that_do_not_answer_questionnaires_are_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(researcher).ListMineAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(null).OpenAsync(externalRound, "3301"));
    }

    [Fact]
    public async Task A_round_not_yet_open_cannot_be_answered()
    {
        var draft = rounds.Create(new NewRound("draft", rounds.Find(selfRound)!.SnapshotId, RoundMode.ExternalEvaluation), "test");
        rounds.Assign(draft.Id, "3301", evaluator.Id, "test");
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(evaluator).OpenAsync(draft.Id, "3301"));
    }

    [Theory]
    [InlineData("sa_if_one_portal", "hacked", null, null)]
    [InlineData("sa_va_channels", "hotline_12345;hacked", null, null)]
    [InlineData("sa_if_staff_errands", "9", null, null)]
    [InlineData("sa_if_one_window", "NA", null, null)]
    [InlineData("sa_if_full_online_share", "1,5", null, null)]
    [InlineData("no_such_item", "yes", null, null)]
    [InlineData("sa_if_staff_errands", "3", "evidence on an item that asks for none", null)]
    [InlineData("sa_if_full_online_share", "50", null, "javascript:alert(1)")]
    public async Task Values_the_instrument_does_not_allow_are_refused_and_nothing_is_stored(string item, string value, string? evidence, string? link)
    {
        var result = await Service(evaluator).SaveAsync(externalRound, "3301", new ItemEdit(item, value, evidence, link, 0));
        var invalid = Assert.IsType<SaveResult.Invalid>(result);
        Assert.False(string.IsNullOrWhiteSpace(invalid.Message));
        Assert.Empty(answers.ForResponse(ResponseId(externalRound, evaluator)));
    }

    [Fact]
    public async Task A_save_with_a_stale_version_is_a_conflict_that_shows_the_saved_answer()
    {
        var service = Service(evaluator);
        Assert.Equal(new SaveResult.Saved(1), await service.SaveAsync(externalRound, "3301", Edit("sa_if_one_portal", "unified")));
        var conflict = Assert.IsType<SaveResult.Conflict>(await service.SaveAsync(externalRound, "3301", Edit("sa_if_one_portal", "fragmented")));
        Assert.Equal(("unified", 1L, "evaluator"), (conflict.CurrentValue, conflict.CurrentVersion, conflict.By));
        Assert.Equal(new SaveResult.Saved(2), await service.SaveAsync(externalRound, "3301", Edit("sa_if_one_portal", "fragmented", version: 1)));
        Assert.Equal("sa_if_one_portal", (await service.OpenAsync(externalRound, "3301")).LastItemId);
    }

    [Fact]
    public async Task Submit_lists_missing_required_items_and_evidence_then_submits_and_locks_the_answers()
    {
        var service = Service(evaluator);
        await service.SaveAsync(externalRound, "3301", Edit("sa_if_full_online_share", "72.5"));
        var missing = await service.SubmitAsync(externalRound, "3301");
        Assert.Contains(missing, m => m.Item.Id == "sa_if_full_online_share" && !m.AnswerMissing);
        Assert.Contains(missing, m => m.Item.Id == "sa_if_one_portal" && m.AnswerMissing);
        Assert.DoesNotContain(missing, m => m.Item.Id == "sa_if_one_window"); // not required
        Assert.Equal(ResponseStatus.Draft, rounds.FindResponse(ResponseId(externalRound, evaluator))!.Status);

        await service.SaveAsync(externalRound, "3301", Edit("sa_if_full_online_share", "72.5", link: "https://example.gov.cn/list", version: 1));
        var view = await service.OpenAsync(externalRound, "3301");
        foreach (var item in view.Instrument.Items.Where(i => i.Required && view.Answers.All(a => a.ItemId != i.Id)))
            Assert.IsType<SaveResult.Saved>(await service.SaveAsync(externalRound, "3301", Edit(item.Id, FirstValue(item))));
        Assert.Empty(await service.SubmitAsync(externalRound, "3301"));

        Assert.NotNull((await service.OpenAsync(externalRound, "3301")).ReadOnlyReason);
        Assert.IsType<SaveResult.ReadOnly>(await service.SaveAsync(externalRound, "3301", Edit("sa_if_one_window", "yes")));
        var listed = Assert.Single(await service.ListMineAsync());
        Assert.Equal(ResponseStatus.Submitted, listed.Response.Status);
        // 8 required items answered of the 23 scored ones (the one text item is not scored).
        Assert.Equal(new Completeness(8, 23), listed.Completeness);
    }

    private static string FirstValue(Assessment.Core.Instruments.Item item) => item.Type switch
    {
        Assessment.Core.Instruments.ItemType.Choice => item.OptionList[0].Key,
        Assessment.Core.Instruments.ItemType.Boolean => "yes",
        Assessment.Core.Instruments.ItemType.Numeric => "72.5",
        _ => "3",
    };

    private static ItemEdit Edit(string item, string value, string? link = null, long version = 0) => new(item, value, null, link, version);

    private long OpenRound(long snapshotId, RoundMode mode)
    {
        var round = rounds.Create(new NewRound(mode.Name(), snapshotId, mode), "test");
        rounds.SetStatus(round.Id, RoundStatus.Open, "test");
        return round.Id;
    }

    private long ResponseId(long round, Account rater) => rounds.Responses(round).Single(r => r.RaterId == rater.Id).Id;

    private QuestionnaireService Service(Account? account)
    {
        var principal = account is null ? new ClaimsPrincipal(new ClaimsIdentity()) : UserClaims.For(account, "test");
        return new QuestionnaireService(new CurrentUser(new FixedAuthentication(principal), accounts),
            new AssignedResponses(db), new SnapshotStore(db), answers, rounds);
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
