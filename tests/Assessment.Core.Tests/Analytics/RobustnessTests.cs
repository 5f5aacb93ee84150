using Assessment.Core.Analytics.Robustness;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Analytics;

/// <summary>Weight sensitivity, leave-one-indicator-out, the rater bootstrap and the movement rule.</summary>
public class RobustnessTests
{
    // Two layers of one indicator of one yes/no item each (t on the technology axis, o on organization); stages at 0 and 50.
    private static readonly Instrument TwoLayers = Instrument(
        [Stage("low", 0), Stage("high", 50)], new QuadrantThresholds(),
        Layer("L1", Indicator("I1", YesNo("t") with { Axis = Axis.Technology })),
        Layer("L2", Indicator("I2", YesNo("o") with { Axis = Axis.Organization })));

    private static JurisdictionAnswers Jurisdiction(string name, params (string Item, Answer?[] ByRater)[] items) =>
        new(name, [.. Enumerable.Range(1, items.Max(i => i.ByRater.Length)).Select(r => "r" + r)],
            items.ToDictionary(i => i.Item, i => new ItemAnswers(i.ByRater)));

    [Fact]
    public void A_jurisdiction_ahead_on_every_indicator_ranks_first_under_every_draw()
    {
        var round = new[] { Jurisdiction("A", ("t", [Yes]), ("o", [Yes])), Jurisdiction("B", ("t", [No]), ("o", [Yes])) };
        var report = WeightSensitivity.Compute(TwoLayers, round, new SensitivityOptions(Draws: 200));
        var a = report.Jurisdictions[0];
        Assert.Equal((1, 1, 1, 1), (a.Rank, a.MedianRank, a.RankLow, a.RankHigh));
        Assert.Equal(1.0, a.Stages["high"]);
        Assert.Equal(1.0, a.Quadrants[Quadrant.IV]);
        Assert.Equal(2, report.Jurisdictions[1].RankHigh);
    }

    [Fact]
    public void Two_jurisdictions_strong_on_different_layers_swap_places_about_half_the_draws()
    {
        // A is 100 on L1 and 0 on L2, B the reverse: A leads exactly when W1 > W2, which symmetric draws make even.
        var round = new[] { Jurisdiction("A", ("t", [Yes]), ("o", [No])), Jurisdiction("B", ("t", [No]), ("o", [Yes])) };
        var report = WeightSensitivity.Compute(TwoLayers, round, new SensitivityOptions(Draws: 1000));
        var a = report.Jurisdictions[0];
        Assert.Equal((1, 2), (a.RankLow, a.RankHigh));
        // composite = 100 W1 / (W1 + W2) >= 50 exactly when W1 >= W2: a binomial share, within 5 points of one half.
        Assert.InRange(a.Stages["high"], 0.45, 0.55);
        Assert.Equal(1.0, a.Stages["high"] + a.Stages["low"], 12);
        Assert.Equal(1.0, a.Quadrants[Quadrant.III]); // T 100, O 0 whatever the weights: one item on each axis
    }

    [Fact]
    public void The_same_seed_gives_the_same_figures_and_another_seed_other_draws()
    {
        var round = new[] { Jurisdiction("A", ("t", [Yes]), ("o", [No])), Jurisdiction("B", ("t", [No]), ("o", [Yes])) };
        var first = WeightSensitivity.Compute(TwoLayers, round, new SensitivityOptions(Draws: 101, Seed: 7));
        var again = WeightSensitivity.Compute(TwoLayers, round, new SensitivityOptions(Draws: 101, Seed: 7));
        var other = WeightSensitivity.Compute(TwoLayers, round, new SensitivityOptions(Draws: 101, Seed: 8));
        Assert.Equal(first.Jurisdictions[0].Stages["high"], again.Jurisdictions[0].Stages["high"]);
        Assert.NotEqual(first.Jurisdictions[0].Stages["high"], other.Jurisdictions[0].Stages["high"]);
    }

    [Fact]
    public void Leaving_an_indicator_out_ranks_on_the_others()
    {
        // A (100, 0) -> 50 leads B (50, 25) -> 37.5 only while I1 counts.
        var likert = Instrument(
            Layer("L1", Indicator("I1", Likert("t"))),
            Layer("L2", Indicator("I2", Likert("o"))));
        var a = Jurisdiction("A", ("t", [Point(5)]), ("o", [Point(1)]));  // 100, 0 -> 50
        var b = Jurisdiction("B", ("t", [Point(3)]), ("o", [Point(2)]));  // 50, 25 -> 37.5
        var report = WeightSensitivity.Compute(likert, [a, b], new SensitivityOptions(Draws: 10));
        var ranks = report.Jurisdictions[0].LeaveOneOut;
        Assert.Equal(1, report.Jurisdictions[0].Rank);
        Assert.Equal(2, ranks["I1"]); // without I1: A 0, B 25
        Assert.Equal(1, ranks["I2"]); // without I2: A 100, B 50
        Assert.Equal(1, report.Indicators.Single(i => i.IndicatorId == "I1").MaxRankShift);
        Assert.Equal(0, report.Indicators.Single(i => i.IndicatorId == "I2").MaxRankShift);
    }

    [Fact]
    public void Two_raters_give_the_exact_bootstrap_interval_from_one_rater_to_the_other()
    {
        // Resamples {r1, r1} p 1/4 -> 100, {r1, r2} p 1/2 -> 50, {r2, r2} p 1/4 -> 0 (one item, one layer).
        var instrument = OneIndicator(YesNo("q"));
        var u = RaterBootstrap.Of(instrument, Jurisdiction("A", ("q", [Yes, No])));
        Assert.Equal(new ScoreInterval(0, 100), u.Composite);
    }

    [Fact]
    public void Three_raters_leave_out_the_resamples_of_one_rater_alone_below_five_percent()
    {
        // Raters yes, yes, no: the count X of "no" picks in three draws is binomial(3, 1/3): P(X=3) = 1/27 (0),
        // P(X=2) = 6/27 (33.3), P(X=1) = 12/27 (66.7), P(X=0) = 8/27 (100). Cumulative from below: .037, .259, .704, 1,
        // so the 5th percentile is 100/3 and the 95th 100.
        var instrument = OneIndicator(YesNo("q"));
        var u = RaterBootstrap.Of(instrument, Jurisdiction("A", ("q", [Yes, Yes, No])));
        Assert.Equal(100 / 3.0, u.Composite!.Low, 12);
        Assert.Equal(100, u.Composite.High, 12);
    }

    [Fact]
    public void The_exact_resamples_of_three_raters_are_the_ten_multisets_with_their_probabilities()
    {
        var all = RaterBootstrap.Exact(3).ToList();
        Assert.Equal(10, all.Count);
        Assert.Equal(1.0, all.Sum(r => r.Probability), 12);
        Assert.Equal(6 / 27.0, all.Single(r => r.Raters.Distinct().Count() == 3).Probability, 12);
    }

    [Fact]
    public void One_rater_has_no_interval()
    {
        Assert.Null(RaterBootstrap.Of(OneIndicator(YesNo("q")), Jurisdiction("A", ("q", [Yes]))).Composite);
    }

    private static ScoreResult Result(double composite, string stage, Quadrant quadrant, double t, double o) =>
        new(composite, 1, Stage(stage, 0), t, o, quadrant, new Dictionary<string, double?>(), new Dictionary<string, double?>());

    private static RaterUncertainty Interval(double low, double high, double tLow = 0, double tHigh = 0, double oLow = 0, double oHigh = 0) =>
        new("A", 2, new ScoreInterval(low, high), new ScoreInterval(tLow, tHigh), new ScoreInterval(oLow, oHigh));

    [Fact]
    public void A_stage_change_counts_only_beyond_the_rater_intervals()
    {
        var before = Result(45, "low", Quadrant.I, 40, 40);
        var after = Result(55, "high", Quadrant.I, 40, 40);
        Assert.Equal(MoveKind.WithinUncertainty, Movement.Stage(before, Interval(40, 52), after, Interval(50, 60)));
        Assert.Equal(MoveKind.BeyondUncertainty, Movement.Stage(before, Interval(40, 49), after, Interval(50, 60)));
        Assert.Equal(MoveKind.Unmeasured, Movement.Stage(before, null, after, Interval(50, 60)));
        Assert.Equal(MoveKind.None, Movement.Stage(before, Interval(40, 49), before, Interval(40, 49)));
    }

    [Fact]
    public void A_quadrant_change_is_judged_on_each_axis_that_crossed_its_threshold()
    {
        var before = Result(45, "low", Quadrant.I, 45, 40);
        var after = Result(55, "low", Quadrant.III, 55, 42); // technology crossed; organization did not
        Assert.Equal(MoveKind.BeyondUncertainty, Movement.Quadrant(before, Interval(0, 0, 40, 48, 30, 50), after, Interval(0, 0, 50, 60, 35, 45)));
        Assert.Equal(MoveKind.WithinUncertainty, Movement.Quadrant(before, Interval(0, 0, 40, 52, 30, 50), after, Interval(0, 0, 50, 60, 35, 45)));
    }
}
