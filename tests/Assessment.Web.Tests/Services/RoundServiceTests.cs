using System.Globalization;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Configuration;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Services;

/// <summary>RoundService against a real SQLite file and the repository's instruments, with a clock the test moves.</summary>
public sealed class RoundServiceTests : IDisposable
{
    private const string External = "egov-iceberg-external-2026.1.yaml";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-web-rounds-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTime time = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly RoundStore rounds;
    private readonly Account admin, evaluator1, evaluator2, lead, researcher, hangzhou;

    public RoundServiceTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"), time);
        accounts = new AccountStore(db);
        rounds = new RoundStore(db);
        new JurisdictionStore(db).Upsert([
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
            new Jurisdiction("3302", "宁波市", "Ningbo", "prefecture", "city", "33"),
            new Jurisdiction("330102", "上城区", "Shangcheng", "county", "district", "3301"),
        ], "manual", "test");
        admin = Create("admin", Roles.Administrator);
        evaluator1 = Create("evaluator1", Roles.Evaluator);
        evaluator2 = Create("evaluator2", Roles.Evaluator);
        lead = Create("lead", Roles.Evaluator, isLead: true);
        researcher = Create("researcher", Roles.Researcher);
        hangzhou = Create("hangzhou", Roles.SelfAssessor, "3301");
    }

    [Fact]
    public async Task An_administrator_creates_a_draft_round_with_every_rater_on_every_jurisdiction()
    {
        var id = await CreateExternalAsync();
        var round = rounds.Find(id)!;
        Assert.Equal(("Zhejiang 2026", RoundStatus.Draft, RoundMode.ExternalEvaluation), (round.Name, round.Status, round.Mode));
        Assert.Equal(["3301/" + evaluator1.Id, "3301/" + evaluator2.Id, "3302/" + evaluator1.Id, "3302/" + evaluator2.Id],
            rounds.Responses(id).Select(r => $"{r.JurisdictionCode}/{r.RaterId}"));
        // The window is Beijing days: opens at 00:00 and closes at the end of 31 March, UTC+8.
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), Clock.Parse(round.OpensAt!));
        Assert.Equal(new DateOnly(2026, 3, 31), RoundWindow.Day(round.ClosesAt));
        Assert.Equal("egov-iceberg-external", new SnapshotStore(db).Find(round.SnapshotId)!.InstrumentId);
    }

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.SelfAssessor)]
    public async Task Only_administrators_create_rounds_or_change_their_status(string role)
    {
        var id = await CreateExternalAsync();
        var other = role switch { Roles.Evaluator => lead, Roles.Researcher => researcher, _ => hangzhou };
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(other).CreateAsync(Form()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(other).SetStatusAsync(id, RoundStatus.Open));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(other).JurisdictionsAsync());
        Assert.Equal(RoundStatus.Draft, rounds.Find(id)!.Status);
    }

    [Fact]
    public async Task An_incomplete_form_gets_a_message_at_each_field_and_stores_nothing()
    {
        var form = new RoundForm { Name = "  ", Opens = new DateOnly(2026, 4, 1), Closes = new DateOnly(2026, 3, 1) };
        var result = await Service(admin).CreateAsync(form);
        Assert.Null(result.RoundId);
        Assert.Equal([RoundField.Closes, RoundField.Instrument, RoundField.Jurisdictions, RoundField.Name, RoundField.Raters], result.Problems.Keys.Order());
        Assert.Contains("before the opening date", result.Problems[RoundField.Closes]);
        Assert.Empty(new RoundOverview(db).List(new RoundFilter([RoundStatus.Draft])));
    }

    [Fact]
    public async Task Raters_must_be_evaluators_and_unknown_files_or_codes_are_named()
    {
        var form = Form();
        form.Raters.Add(researcher.Id);
        form.Jurisdictions.Add("9999");
        form.InstrumentFile = "../README.md";
        var result = await Service(admin).CreateAsync(form);
        Assert.Null(result.RoundId);
        Assert.Contains("evaluator", result.Problems[RoundField.Raters]);
        Assert.Contains("9999", result.Problems[RoundField.Jurisdictions]);
        Assert.True(result.Problems.ContainsKey(RoundField.Instrument));
    }

    [Fact]
    public async Task A_self_assessment_uses_the_bound_self_assessors_and_names_jurisdictions_without_one()
    {
        var form = Form();
        form.Mode = RoundMode.SelfAssessment;
        form.Raters.Clear();
        var refused = await Service(admin).CreateAsync(form);
        Assert.Contains("Ningbo (3302)", refused.Problems[RoundField.Jurisdictions]);

        form.Jurisdictions.Remove("3302");
        var created = await Service(admin).CreateAsync(form);
        Assert.Equal([(hangzhou.Id, "3301")], rounds.Responses(created.RoundId!.Value).Select(r => (r.RaterId, r.JurisdictionCode)));
    }

    [Fact]
    public async Task Status_moves_one_step_at_a_time_and_the_board_offers_only_the_next_step()
    {
        var id = await CreateExternalAsync();
        var service = Service(admin);
        Assert.Equal([RoundStatus.Open], (await service.BoardAsync(id))!.AllowedTransitions);
        await Assert.ThrowsAsync<InvalidOperationException>(() => service.SetStatusAsync(id, RoundStatus.Published));
        foreach (var step in new[] { RoundStatus.Open, RoundStatus.Closed, RoundStatus.Published }) await service.SetStatusAsync(id, step);
        var board = (await service.BoardAsync(id))!;
        Assert.Equal(RoundStatus.Published, board.Round.Status);
        Assert.Empty(board.AllowedTransitions);
        Assert.Empty((await Service(lead).BoardAsync(id))!.AllowedTransitions);
    }

    [Fact]
    public async Task Readers_see_rounds_per_their_permissions()
    {
        var id = await CreateExternalAsync();
        Assert.Empty(await Service(evaluator1).ListAsync());
        Assert.Empty(await Service(lead).ListAsync());
        await Service(admin).SetStatusAsync(id, RoundStatus.Open);

        Assert.Single(await Service(evaluator1).ListAsync());
        Assert.Single(await Service(lead).ListAsync());
        Assert.Empty(await Service(hangzhou).ListAsync());
        Assert.Empty(await Service(researcher).ListAsync());
        Assert.Null(await Service(researcher).BoardAsync(id));
        // An evaluator's board holds their own rows; a lead sees every rater by name.
        Assert.All((await Service(evaluator1).BoardAsync(id))!.Rows, r => Assert.Contains("evaluator1", r.Rater));
        Assert.Equal(2, (await Service(evaluator1).BoardAsync(id))!.Rows.Count);
        Assert.Equal(4, (await Service(lead).BoardAsync(id))!.Rows.Count);
    }

    [Fact]
    public async Task Researchers_see_published_rounds_with_submitted_responses_only_and_no_rater_names()
    {
        var id = await CreateExternalAsync();
        await Service(admin).SetStatusAsync(id, RoundStatus.Open);
        var submitted = rounds.Responses(id).First(r => r.RaterId == evaluator2.Id);
        rounds.SetResponseStatus(submitted.Id, ResponseStatus.Submitted, "evaluator2");
        await Service(admin).SetStatusAsync(id, RoundStatus.Closed);
        await Service(admin).SetStatusAsync(id, RoundStatus.Published);

        var board = (await Service(researcher).BoardAsync(id))!;
        Assert.Equal(BoardScope.Anonymous, board.Scope);
        var row = Assert.Single(board.Rows);
        Assert.Equal(("3301", ResponseStatus.Submitted, "Rater 2"), (row.JurisdictionCode, row.Status, row.Rater));
        Assert.DoesNotContain(board.Rows, r => r.Rater.Contains("evaluator"));
    }

    [Fact]
    public async Task The_board_counts_answered_scored_items_and_overdue_responses_from_the_clock()
    {
        var id = await CreateExternalAsync();
        var service = Service(admin);
        await service.SetStatusAsync(id, RoundStatus.Open);
        var instrument = new SnapshotStore(db).ForRound(id);
        var yesNo = instrument.Items.First(i => i.Type == ItemType.Boolean);
        var text = instrument.Items.First(i => !i.IsScored);
        var response = rounds.Responses(id).First(r => r.JurisdictionCode == "3302" && r.RaterId == evaluator1.Id);
        var answers = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(response.Id, yesNo.Id, "yes", 0, evaluator1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(response.Id, text.Id, "a note", 0, evaluator1.Id)));
        rounds.SetResponseStatus(rounds.Responses(id).First(r => r.JurisdictionCode == "3301" && r.RaterId == evaluator1.Id).Id, ResponseStatus.Submitted, "evaluator1");

        var board = (await service.BoardAsync(id))!;
        var scored = instrument.Items.Count(i => i.IsScored);
        var row = board.Rows.Single(r => r.ResponseId == response.Id);
        Assert.Equal((ResponseStage.Draft, 1, scored), (row.Stage, row.Completeness.Answered, row.Completeness.Scored));
        Assert.Equal([ResponseStage.NotStarted, ResponseStage.NotStarted, ResponseStage.Submitted],
            board.Rows.Where(r => r.ResponseId != response.Id).Select(r => r.Stage).Order());
        Assert.All(board.Rows, r => Assert.Equal(("33", "Zhejiang"), (r.ProvinceCode, r.Province.En)));
        Assert.Equal(0, board.OverdueCount);

        // 31 March 23:59 Beijing time is still inside the window; one minute later three responses are late.
        time.Now = new DateTimeOffset(2026, 3, 31, 23, 59, 0, RoundWindow.Offset);
        Assert.Equal(0, (await service.BoardAsync(id))!.OverdueCount);
        time.Now = new DateTimeOffset(2026, 4, 1, 0, 0, 1, RoundWindow.Offset);
        var late = (await service.BoardAsync(id))!;
        Assert.Equal(3, late.OverdueCount);
        Assert.DoesNotContain(late.Rows, r => r.Overdue && r.Status == ResponseStatus.Submitted);
    }

    private async Task<long> CreateExternalAsync()
    {
        var result = await Service(admin).CreateAsync(Form());
        return result.RoundId ?? throw new Xunit.Sdk.XunitException(string.Join("; ", result.Problems));
    }

    private RoundForm Form()
    {
        var form = new RoundForm { Name = "Zhejiang 2026", InstrumentFile = External, Opens = new DateOnly(2026, 3, 1), Closes = new DateOnly(2026, 3, 31) };
        form.Jurisdictions.UnionWith(["3301", "3302"]);
        form.Raters.UnionWith([evaluator1.Id, evaluator2.Id]);
        return form;
    }

    private Account Create(string name, string role, string? jurisdiction = null, bool isLead = false) =>
        accounts.Create(new NewAccount(name, name, role, isLead, jurisdiction, "not-used"), "test");

    private RoundService Service(Account account) =>
        For(db, new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts), folder, time);

    /// <summary>The real RoundService of <paramref name="user"/> over <paramref name="db"/> and the repository's instruments.</summary>
    internal static RoundService For(AssessmentDb db, CurrentUser user, string folder, TimeProvider time)
    {
        var paths = new AppPaths(folder, Path.Combine(AppServer.RepositoryRoot(), "instruments"));
        return new RoundService(user, new RoundStore(db), new RoundOverview(db), new SnapshotStore(db), new AccountStore(db), new JurisdictionStore(db),
            new InstrumentCatalog(user, paths, new SnapshotsInUse(db)), paths, time);
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
