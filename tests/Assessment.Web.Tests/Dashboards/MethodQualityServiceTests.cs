using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Analytics.Robustness;
using Assessment.Core.Scoring;
using Assessment.Core.Tests.Scoring;
using Assessment.Data.Accounts;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>MethodQualityService against a real store: who may see it, and that its figures are Core's on the stored answers.</summary>
public sealed class MethodQualityServiceTests : IDisposable
{
    private readonly DashboardSeedDb world = new();
    private readonly SeededRounds seeded;

    public MethodQualityServiceTests() => seeded = world.Seeded;

    [Fact]
    public async Task The_figures_are_those_of_Core_on_the_stored_answers()
    {
        var quality = await Service(Roles.Researcher).RoundAsync(seeded.Current, draws: 50);
        // The seed stores two raters (evaluator1, evaluator2) per jurisdiction of the current round.
        var round = seeded.Answers.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new JurisdictionAnswers(p.Key, ["evaluator1", "evaluator2"], p.Value)).ToList();
        var expected = RoundReliability.Compute(seeded.Instrument, round);
        Assert.Equal(expected.Composite, quality.Reliability.Composite);
        Assert.Equal(expected.Layers.Values.Select(l => l.CronbachAlpha), quality.Reliability.Layers.Values.Select(l => l.CronbachAlpha));
        Assert.Equal(DashboardSeed.Current.Length, quality.Jurisdictions.Count);
        foreach (var j in quality.Jurisdictions)
        {
            Assert.Equal(j.Row.Rank, j.Sensitivity.Rank); // distinct composites: the dashboard's rank is the analysis's
            Assert.Equal(RaterBootstrap.Of(seeded.Instrument, round.Single(r => r.Jurisdiction == j.Row.Jurisdiction.Code)).Composite, j.Raters.Composite);
            Assert.Equal(1.0, j.Sensitivity.Stages.Values.Sum(), 12);
        }
        Assert.Equal(50, quality.Sensitivity.Options.Draws);
    }

    [Fact]
    public async Task Self_assessors_and_evaluators_are_refused_and_researchers_see_published_rounds_only()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(Roles.SelfAssessor).RoundAsync(seeded.Current, draws: 10));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(Roles.Evaluator).RoundAsync(seeded.Current, draws: 10));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(Roles.Researcher).RoundAsync(seeded.Draft, draws: 10));
        Assert.Single((await Service(Roles.Administrator).RoundAsync(seeded.Draft, draws: 10)).Jurisdictions);
    }

    [Fact]
    public async Task A_quadrant_move_from_a_one_rater_round_is_not_measurable()
    {
        var moves = await Service(Roles.Researcher).MovesAsync(seeded.Current);
        var before = ReferenceScorer.Score(seeded.Instrument, seeded.EarlierHangzhou);
        var after = ReferenceScorer.Score(seeded.Instrument, seeded.Answers[DashboardSeed.Hangzhou]);
        Assert.NotEqual(before.Quadrant, after.Quadrant); // the seed moves Hangzhou from weak to strong
        // The earlier round had one rater: no interval, so the move is not called a change either way.
        Assert.Equal(MoveKind.Unmeasured, Assert.Single(moves).Value.Quadrant);
    }

    private MethodQualityService Service(string role)
    {
        var user = world.User(role);
        return new MethodQualityService(user, world.Db, new DashboardService(user, world.Db));
    }

    public void Dispose() => world.Dispose();
}
