using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <summary>Compare and self-versus-external against a real store with the full instrument: lists, evidence and access.</summary>
public sealed class CompareServiceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-compare-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly SeededRounds seeded;
    private readonly SeededSelfRounds selfRounds;

    public CompareServiceTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        seeded = DashboardSeed.Seed(db);
        selfRounds = SelfVsExternalSeed.Seed(db, seeded);
    }

    // The numbers themselves are worked by hand in CompareWorkedExampleTests; here, what the full instrument adds.
    [Fact]
    public async Task Compare_keeps_the_picked_order_and_lists_at_most_15_differing_items_with_the_raters_answers()
    {
        string[] codes = ["3302", DashboardSeed.Hangzhou, "32"];
        var comparison = await Compare(Roles.Researcher).CompareAsync(seeded.Current, codes);
        Assert.Equal(codes, comparison.Jurisdictions.Select(j => j.Row.Jurisdiction.Code));
        Assert.InRange(comparison.Differing.Count, 4, 15);
        Assert.All(comparison.Differing, d => Assert.InRange(d.Spread, double.Epsilon, 1));
        Assert.Equal(comparison.Differing.Select(d => d.Spread).OrderDescending(), comparison.Differing.Select(d => d.Spread));
        var top = comparison.Differing[0];
        for (var i = 0; i < codes.Length; i++)
        {
            var stored = seeded.Answers[codes[i]].GetValueOrDefault(top.Item.Id);
            Assert.Equal(stored?.ByRater.Select(a => a is null ? null : Core.Answers.AnswerText.Format(a)) ?? [null, null], top.Sides[i].Answers);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task Compare_refuses_fewer_than_two_or_more_than_six_jurisdictions(int count)
    {
        var codes = new[] { "33", "3301", "3302", "330106", "32", "3201", "99" }.Take(count);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Compare(Roles.Researcher).CompareAsync(seeded.Current, codes));
        Assert.Contains($"{count}", e.Message);
    }

    [Fact]
    public async Task Compare_keeps_the_dashboard_rules_researchers_see_published_rounds_and_self_assessors_their_own()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Compare(Roles.Researcher).CompareAsync(seeded.Draft, ["32", "33"]));
        // A self-assessor may compare within a published round their jurisdiction takes part in (peers are named
        // once a round is published), and in no round their jurisdiction is not part of.
        Assert.Equal(2, (await Compare(Roles.SelfAssessor).CompareAsync(seeded.Current, ["3301", "33"])).Jurisdictions.Count);
        await Assert.ThrowsAsync<ForbiddenException>(() => Compare(Roles.SelfAssessor).CompareAsync(seeded.Draft, ["32", "33"]));
        await Assert.ThrowsAsync<ArgumentException>(() => Compare(Roles.Researcher).CompareAsync(seeded.Current, ["3301", "110101"]));
    }

    [Fact]
    public async Task Self_versus_external_of_the_same_instrument_lists_over_and_under_statements_with_their_evidence()
    {
        var view = await SelfVsExternal(Roles.Researcher).ViewAsync(DashboardSeed.Hangzhou);
        var pair = view.Pair!;
        Assert.True(pair.SameInstrument);
        Assert.Equal((selfRounds.SameInstrumentSelf, seeded.Current), (pair.Self.Id, pair.External.Id));
        Assert.Equal(seeded.Instrument.Layers.Select(l => l.Id), view.Layers.Select(l => l.LayerId));
        Assert.All(view.Layers, l => Assert.NotNull(l.Gap));
        Assert.InRange(view.Overstated.Count, 1, 10);
        Assert.InRange(view.Understated.Count, 1, 10);
        Assert.Equal(view.Overstated.Select(g => g.Gap).OrderDescending(), view.Overstated.Select(g => g.Gap));
        Assert.Equal(view.Understated.Select(g => g.Gap).Order(), view.Understated.Select(g => g.Gap));
        Assert.All(view.Overstated, g => Assert.True(g.Gap > 0));
        Assert.All(view.Understated, g => Assert.True(g.Gap < 0));
        Assert.NotEmpty(view.Overstated);
        Assert.NotEmpty(view.Understated);
        var over = view.Overstated[0];
        Assert.Equal($"自评佐证 {over.Item.Id}", Assert.Single(over.Self.Evidence).EvidenceText);
        Assert.Equal(2, over.External.Answers.Count); // two external raters, unnamed
        Assert.True(await SelfVsExternal(Roles.Researcher).HasPairAsync(DashboardSeed.Hangzhou));
    }

    [Fact]
    public async Task Across_the_two_shipped_instruments_only_layers_are_compared()
    {
        // Newer rounds than the seed's, so they are the pair shown (latest external, then latest self), with answers
        // worked by hand (BestAnswers): the external evaluation answers only its interface layer at best (interface
        // 100, the other layers 0), the self-assessment on the separate instrument only its process layer (process
        // 100, the others 0). Gap = self - external.
        var externalRound = DashboardSeed.CreateRound(db, new Data.Rounds.RoundStore(db).Find(seeded.Current)!.SnapshotId, "2027 南京外部评估");
        BestAnswers.Save(db, seeded.Instrument, externalRound, "3201", accounts.FindByUserName("evaluator1")!.Id, ["interface"]);
        DashboardSeed.Publish(db, externalRound);
        var selfSnapshot = new Data.Rounds.RoundStore(db).Find(selfRounds.CrossInstrumentSelf)!.SnapshotId;
        var rounds = new Data.Rounds.RoundStore(db);
        var selfRound = rounds.Create(new Data.Rounds.NewRound("2027 南京自评（自评工具）", selfSnapshot, RoundMode.SelfAssessment), "test").Id;
        rounds.SetStatus(selfRound, RoundStatus.Open, "test");
        var selfInstrument = new Data.Instruments.SnapshotStore(db).ForRound(selfRound);
        var response = BestAnswers.Save(db, selfInstrument, selfRound, "3201", accounts.FindByUserName("nanjing-self")!.Id, ["process"]);
        rounds.SetResponseStatus(response, ResponseStatus.Submitted, "test");
        rounds.SetResponseStatus(response, ResponseStatus.Accepted, "test");
        DashboardSeed.Publish(db, selfRound);

        var view = await SelfVsExternal(Roles.Administrator).ViewAsync("3201");
        Assert.False(view.Pair!.SameInstrument);
        Assert.Equal((selfRound, externalRound), (view.Pair.Self.Id, view.Pair.External.Id));
        Assert.Equal(("egov-self-assessment", "egov-iceberg-external"), (view.Pair.Self.InstrumentId, view.Pair.External.InstrumentId));
        Assert.Equal(
            [("interface", 0.0, 100.0, -100.0), ("process", 100.0, 0.0, 100.0), ("safeguard", 0.0, 0.0, 0.0), ("value", 0.0, 0.0, 0.0)],
            view.Layers.Select(l => (l.LayerId, l.Self!.Value, l.External!.Value, l.Gap!.Value)));
        Assert.Empty(view.Overstated);
        Assert.Empty(view.Understated);
    }

    [Fact]
    public async Task A_self_assessor_sees_only_their_own_jurisdiction_and_only_against_a_published_external_round()
    {
        var hangzhou = SelfVsExternal(accounts.FindByUserName(selfRounds.SelfAssessor)!);
        Assert.Equal(seeded.Current, (await hangzhou.ViewAsync(DashboardSeed.Hangzhou)).Pair!.External.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => hangzhou.ViewAsync("3302"));
        Assert.False(await hangzhou.HasPairAsync("3302"));

        var ningbo = SelfVsExternal(accounts.FindByUserName("ningbo-self")!);
        var ningboSelf = (await ningbo.ViewAsync("3302")).Pair!.Self.Id;
        // The open external round is never offered to Ningbo's self-assessor, nor opened when asked for by id.
        Assert.DoesNotContain((await ningbo.ViewAsync("3302")).Pairs, p => p.External.Id == selfRounds.UnpublishedExternal);
        await Assert.ThrowsAsync<ForbiddenException>(() => ningbo.ViewAsync("3302", ningboSelf, selfRounds.UnpublishedExternal));
        // An administrator sees the open round paired too.
        Assert.Contains((await SelfVsExternal(Roles.Administrator).ViewAsync("3302")).Pairs, p => p.External.Id == selfRounds.UnpublishedExternal);
        await Assert.ThrowsAsync<ForbiddenException>(() => SelfVsExternal(Roles.Evaluator).ViewAsync(DashboardSeed.Hangzhou));
    }

    private DashboardCompareService Compare(string role) => new(new DashboardService(User(NewAccount(role)), db), db);

    private SelfVsExternalService SelfVsExternal(string role) => SelfVsExternal(NewAccount(role));

    private SelfVsExternalService SelfVsExternal(Account account) => new(User(account), db);

    private Account NewAccount(string role) => accounts.Create(new NewAccount($"{role}-{Guid.NewGuid():N}"[..20], role, role,
        JurisdictionCode: role == Roles.SelfAssessor ? DashboardSeed.Hangzhou : null, PasswordHash: "not-used"), "test");

    private CurrentUser User(Account account) => new(new FixedAuthentication(UserClaims.For(account, "test")), accounts);

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
