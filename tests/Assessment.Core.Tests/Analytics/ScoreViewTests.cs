using Assessment.Core.Analytics.Normalisation;

namespace Assessment.Core.Tests.Analytics;

public class ScoreViewTests
{
    private static readonly double?[] Scores = [80, 40, null, 60, 60];

    [Fact]
    public void The_score_view_is_the_stored_scores_and_leaves_them_unchanged()
    {
        var copy = Scores.ToArray();
        var view = ScoreViews.Apply(ScoreView.Score, Scores);
        Assert.Equal(copy, view);
        Assert.NotSame(Scores, view);
        ScoreViews.Apply(ScoreView.MinMax, Scores);
        Assert.Equal(copy, Scores);
    }

    [Fact]
    public void Z_scores_use_the_mean_and_sample_standard_deviation_of_the_round()
    {
        // 80, 40, 60, 60: mean 60, squares 400 + 400 + 0 + 0 = 800 over n - 1 = 3, sd = sqrt(800/3).
        var sd = Math.Sqrt(800 / 3.0);
        var z = ScoreViews.Apply(ScoreView.ZScore, Scores);
        Assert.Equal(20 / sd, z[0]!.Value, 12);
        Assert.Equal(-20 / sd, z[1]!.Value, 12);
        Assert.Null(z[2]);
        Assert.Equal(0, z[3]!.Value, 12);
    }

    [Fact]
    public void Min_max_spans_the_round_on_0_to_100()
    {
        Assert.Equal([100, 0, null, 50, 50], ScoreViews.Apply(ScoreView.MinMax, Scores));
    }

    [Fact]
    public void Ranks_put_the_highest_first_and_ties_share_the_better_rank()
    {
        Assert.Equal([1, 4, null, 2, 2], ScoreViews.Apply(ScoreView.Rank, Scores));
    }

    [Fact]
    public void A_view_without_spread_is_undefined_rather_than_a_division_by_zero()
    {
        Assert.All(ScoreViews.Apply(ScoreView.ZScore, [50, 50]), v => Assert.Null(v));
        Assert.All(ScoreViews.Apply(ScoreView.MinMax, [50, 50, null]), v => Assert.Null(v));
        Assert.All(ScoreViews.Apply(ScoreView.ZScore, [50]), v => Assert.Null(v));
    }
}
