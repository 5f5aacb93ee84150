using System.Security.Claims;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <summary>Compare and self-versus-external against a real store: numbers are Scorer's, access is enforced.</summary>
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

    [Fact]
    public async Task Compare_shows_Scorer_scores_and_the_15_items_with_the_largest_spread_of_mean_item_scores()
    {
        string[] codes = ["3302", DashboardSeed.Hangzhou, "32"];
        var comparison = await Compare(Roles.Researcher).CompareAsync(seeded.Current, codes);
        Assert.Equal(codes, comparison.Jurisdictions.Select(j => j.Row.Jurisdiction.Code));
        foreach (var j in comparison.Jurisdictions)
        {
            var expected = Scorer.Score(seeded.Instrument, seeded.Answers[j.Row.Jurisdiction.Code]);
            Assert.Equal(expected.Layers, j.Row.Result.Layers);
            Assert.Equal(expected.Indicators, j.Row.Result.Indicators);
            Assert.Equal(expected.Composite, j.Explanation.Result.Composite);
        }

        // Item score = mean of the raters' item scores (NA and unanswered handled by Scorer), reconciled answer applied.
        var itemScores = codes.Select(code => Scorer.Explain(seeded.Instrument, seeded.Answers[code]).Items.ToDictionary(t => t.ItemId, t => t.Score)).ToList();
        var spreads = seeded.Instrument.Items.Where(i => i.IsScored)
            .Select(i => (i.Id, scores: itemScores.Select(s => s.GetValueOrDefault(i.Id)).OfType<double>().ToList()))
            .Where(x => x.scores.Count >= 2 && x.scores.Max() > x.scores.Min())
            .Select(x => (x.Id, spread: x.scores.Max() - x.scores.Min())).OrderByDescending(x => x.spread).ToList();
        Assert.Equal(Math.Min(15, spreads.Count), comparison.Differing.Count);
        Assert.Equal(spreads.Take(comparison.Differing.Count).Select(s => s.spread), comparison.Differing.Select(d => d.Spread));
        Assert.True(comparison.Differing.Count > 3);
        var top = comparison.Differing[0];
        for (var i = 0; i < codes.Length; i++)
        {
            Assert.Equal(itemScores[i][top.Item.Id], top.Sides[i].Score);
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
    public async Task Self_versus_external_of_the_same_instrument_gives_layer_gaps_and_item_over_and_under_statements()
    {
        var view = await SelfVsExternal(Roles.Researcher).ViewAsync(DashboardSeed.Hangzhou);
        var pair = view.Pair!;
        Assert.True(pair.SameInstrument);
        Assert.Equal((selfRounds.SameInstrumentSelf, seeded.Current), (pair.Self.Id, pair.External.Id));
        var self = Scorer.Score(seeded.Instrument, selfRounds.SelfAnswers);
        var external = Scorer.Score(seeded.Instrument, seeded.Answers[DashboardSeed.Hangzhou]);
        foreach (var layer in view.Layers)
        {
            Assert.Equal(self.Layers[layer.LayerId], layer.Self);
            Assert.Equal(external.Layers[layer.LayerId], layer.External);
            Assert.Equal(self.Layers[layer.LayerId] - external.Layers[layer.LayerId], layer.Gap);
        }
        var selfItems = Scorer.Explain(seeded.Instrument, selfRounds.SelfAnswers).Items.ToDictionary(t => t.ItemId, t => t.Score);
        var externalItems = Scorer.Explain(seeded.Instrument, seeded.Answers[DashboardSeed.Hangzhou]).Items.ToDictionary(t => t.ItemId, t => t.Score);
        var gaps = selfItems.Where(s => s.Value is not null && externalItems[s.Key] is not null).Select(s => s.Value!.Value - externalItems[s.Key]!.Value).ToList();
        Assert.Equal(gaps.Where(g => g > 0).OrderDescending().Take(10), view.Overstated.Select(g => g.Gap));
        Assert.Equal(gaps.Where(g => g < 0).Order().Take(10), view.Understated.Select(g => g.Gap));
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
        var view = await SelfVsExternal(Roles.Administrator).ViewAsync("3201");
        Assert.False(view.Pair!.SameInstrument);
        Assert.Equal(("egov-self-assessment", "egov-iceberg-external"), (view.Pair.Self.InstrumentId, view.Pair.External.InstrumentId));
        Assert.Equal(seeded.Instrument.Layers.Select(l => l.Id), view.Layers.Select(l => l.LayerId));
        Assert.All(view.Layers, l => Assert.NotNull(l.Self));
        Assert.Equal(Scorer.Score(seeded.Instrument, seeded.Answers["3201"]).Layers[view.Layers[0].LayerId], view.Layers[0].External);
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

    private sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
