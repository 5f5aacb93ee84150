using Assessment.Core.Tests.Scoring;
using Assessment.Data.Accounts;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>DashboardService against a real store: who may see what, and that every number is the one SCORING.md gives (the reference scorer's).</summary>
public sealed class DashboardServiceTests : IDisposable
{
    private readonly DashboardSeedDb world = new();
    private readonly SeededRounds seeded;

    public DashboardServiceTests() => seeded = world.Seeded;

    [Fact]
    public async Task Every_score_shown_is_the_one_the_reference_scorer_computes_from_the_stored_answers()
    {
        var round = await Service(Roles.Researcher).RoundAsync(seeded.Current);
        Assert.Equal(DashboardSeed.Current.Length, round.Rows.Count);
        foreach (var row in round.Rows)
        {
            var expected = ReferenceScorer.Score(seeded.Instrument, seeded.Answers[row.Jurisdiction.Code]);
            Near.Equal(expected.Composite, row.Result.Composite);
            Near.Equal(expected.Technology, row.Result.Technology);
            Assert.Equal(expected.Quadrant, row.Result.Quadrant);
            Near.Equal(expected.Layers, row.Result.Layers);
            Near.Equal(expected.Indicators, row.Result.Indicators);
        }
        // Ranked by composite, highest first.
        Assert.Equal(round.Rows.Select(r => r.Result.Composite).OrderDescending(), round.Rows.Select(r => r.Result.Composite));
        Assert.Equal("33", round.Rows[0].Province!.Code);
        Assert.Equal("33", round.Find("330106")!.Province!.Code);
    }

    [Fact]
    public async Task Researchers_see_published_rounds_only_and_leads_and_administrators_see_drafts_too()
    {
        var researcher = Service(Roles.Researcher);
        Assert.Equal([seeded.Current, seeded.Earlier], (await researcher.RoundsAsync()).Select(r => r.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => researcher.RoundAsync(seeded.Draft));
        Assert.Contains((await Service(Roles.Evaluator, lead: true).RoundsAsync()), r => r.Id == seeded.Draft);
        Assert.Single((await Service(Roles.Administrator).RoundAsync(seeded.Draft)).Rows);
    }

    // Self-assessors see the rounds of their own jurisdiction: SelfAssessorDashboardServiceTests.
    [Fact]
    public async Task Evaluators_who_are_not_leads_are_refused()
    {
        var service = Service(Roles.Evaluator);
        await Assert.ThrowsAsync<ForbiddenException>(service.RoundsAsync);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.RoundAsync(seeded.Current));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ProfileAsync(seeded.Current, DashboardSeed.Hangzhou));
    }

    [Fact]
    public async Task A_profile_traces_the_same_score_and_compares_with_level_and_province_peers()
    {
        var profile = await Service(Roles.Researcher).ProfileAsync(seeded.Current, DashboardSeed.Hangzhou);
        var expected = ReferenceScorer.Score(seeded.Instrument, seeded.Answers[DashboardSeed.Hangzhou]);
        Near.Equal(expected.Composite, profile.Explanation.Result.Composite);
        Near.Equal(expected.Composite, profile.Row.Result.Composite);
        // Prefectures: 3301, 3302 (Zhejiang) and 3201 (Jiangsu); in Zhejiang only the first two.
        Assert.Equal([3, 2], profile.Peers.Select(p => p.Count));
        var layer = seeded.Instrument.Layers[0].Id;
        // The median of three is the middle one (no averaging, so no statistics code needed to work it out).
        var three = new[] { "3301", "3302", "3201" }.Select(c => ReferenceScorer.Score(seeded.Instrument, seeded.Answers[c]).Layers[layer]!.Value).Order().ToList();
        Near.Equal(three[1], profile.Peers[0].Layers[layer]);
        Assert.NotNull(profile.Recommendations.WeakestLayerId);
    }

    [Fact]
    public async Task The_earlier_round_gives_Hangzhou_an_arrow_and_a_trend_of_two_rounds()
    {
        var service = Service(Roles.Researcher);
        var previous = await service.PreviousPositionsAsync(seeded.Current);
        var before = ReferenceScorer.Score(seeded.Instrument, seeded.EarlierHangzhou);
        var (t, o) = Assert.Single(previous).Value;
        Near.Equal(before.Technology, t);
        Near.Equal(before.Organization, o);
        var trend = await service.TrendAsync(seeded.Current, DashboardSeed.Hangzhou);
        Assert.Equal([seeded.Earlier, seeded.Current], trend.Select(t => t.Round.Id));
        Near.Equal(before.Composite, trend[0].Result.Composite);
    }

    [Fact]
    public async Task A_round_is_scored_once_per_circuit()
    {
        var service = Service(Roles.Researcher);
        Assert.Same(await service.RoundAsync(seeded.Current), await service.RoundAsync(seeded.Current));
    }

    private DashboardService Service(string role, bool lead = false) => new(world.User(role, lead), world.Db);

    public void Dispose() => world.Dispose();
}
