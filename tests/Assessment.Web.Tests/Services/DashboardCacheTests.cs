using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Rounds;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Services;

/// <summary>
/// The server-wide cache of scored published rounds: one scoring per round while it reads back as it was scored,
/// none for a round that is not published.
/// </summary>
public class DashboardCacheTests
{
    private static readonly Instrument Instrument = new("i", "1", new("工具", "Instrument"), null, new QuadrantThresholds(), [], []);

    private static DashboardRound Round(long id, string status = "published", string name = "2026 外部评估") =>
        new(id, name, StoredNames.ParseRoundStatus(status), RoundMode.ExternalEvaluation, "i", "1", IsDemo: false, CreatedAt: "2026-01-01T00:00:00Z");

    /// <summary>A scoring function that counts its calls and returns a new dashboard of the round each time.</summary>
    private sealed class Scoring(DashboardRound round)
    {
        public int Calls { get; private set; }

        public RoundDashboard Score()
        {
            Calls++;
            return new RoundDashboard(round, Instrument, []);
        }
    }

    [Fact]
    public void A_published_round_is_scored_once_and_then_served_from_the_cache()
    {
        var cache = new DashboardCache();
        var round = Round(1);
        var scoring = new Scoring(round);

        var first = cache.GetOrScore(round, scoring.Score);
        var second = cache.GetOrScore(round with { }, scoring.Score); // read again from the store: an equal record

        Assert.Same(first, second);
        Assert.Equal(1, scoring.Calls);
    }

    [Fact]
    public void Rounds_are_kept_apart_by_id()
    {
        var cache = new DashboardCache();
        var (one, two) = (new Scoring(Round(1)), new Scoring(Round(2)));

        Assert.Equal(1, cache.GetOrScore(Round(1), one.Score).Round.Id);
        Assert.Equal(2, cache.GetOrScore(Round(2), two.Score).Round.Id);
        cache.GetOrScore(Round(1), one.Score);
        Assert.Equal((1, 1), (one.Calls, two.Calls));
    }

    [Theory]
    [InlineData("open")]
    [InlineData("closed")]
    [InlineData("draft")]
    public void A_round_that_is_not_published_is_refused_and_never_scored(string status)
    {
        var cache = new DashboardCache();
        var round = Round(1, status);
        var scoring = new Scoring(round);

        var error = Assert.Throws<ArgumentException>(() => cache.GetOrScore(round, scoring.Score));
        Assert.Contains("not published", error.Message);
        Assert.Equal(0, scoring.Calls);
    }

    [Fact]
    public void A_round_renamed_since_it_was_scored_is_scored_again()
    {
        var cache = new DashboardCache();
        var before = Round(1, name: "2026 外部评估");
        var after = Round(1, name: "2026 外部评估（修订）");
        var (old, renamed) = (new Scoring(before), new Scoring(after));
        cache.GetOrScore(before, old.Score);

        var scored = cache.GetOrScore(after, renamed.Score);

        Assert.Equal(after, scored.Round);
        Assert.Equal(1, renamed.Calls);
        Assert.Same(scored, cache.GetOrScore(after, renamed.Score)); // and the new scoring is the one kept
        Assert.Equal(1, renamed.Calls);
    }

    [Fact]
    public void A_forgotten_round_is_scored_again_on_the_next_request()
    {
        var cache = new DashboardCache();
        var round = Round(1);
        var scoring = new Scoring(round);
        cache.GetOrScore(round, scoring.Score);

        cache.Forget(round.Id);
        cache.GetOrScore(round, scoring.Score);

        Assert.Equal(2, scoring.Calls);
    }

    [Fact]
    public void A_scoring_that_fails_is_not_kept_and_the_next_request_scores_again()
    {
        var cache = new DashboardCache();
        var round = Round(1);
        var scoring = new Scoring(round);

        Assert.Throws<InvalidOperationException>(() => cache.GetOrScore(round, () => throw new InvalidOperationException("database gone")));
        var scored = cache.GetOrScore(round, scoring.Score);

        Assert.Equal(round, scored.Round);
        Assert.Equal(1, scoring.Calls);
    }

    [Fact]
    public async Task Concurrent_first_requests_for_a_round_share_one_scoring()
    {
        var cache = new DashboardCache();
        var round = Round(1);
        var calls = 0;
        using var release = new ManualResetEventSlim();
        RoundDashboard SlowScore()
        {
            Interlocked.Increment(ref calls);
            release.Wait(TimeSpan.FromSeconds(10));
            return new RoundDashboard(round, Instrument, []);
        }

        var requests = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrScore(round, SlowScore))).ToArray();
        await Task.Delay(100);
        release.Set();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Same(results[0], r));
    }
}
