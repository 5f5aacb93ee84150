using Assessment.Core.Instruments;
using Assessment.Core.Recommendations;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Recommendations;

public class RecommenderTests
{
    // Interface strong; process weak: P1 (one item at 0.5) is above P2 (an unanswered item and a half-scored one).
    private static readonly Instrument Sample = Instrument(
        Layer("interface", Indicator("I1", YesNo("i1"))),
        Layer("process",
            Indicator("P1", Likert("p1") with { Axis = Axis.Technology }),
            Indicator("P2", Likert("p2") with { Weight = 3, Axis = Axis.Organization }, YesNo("p3"), Likert("p4") with { AllowNa = true })));

    private static ProfileRecommendations Recommend(params (string, Core.Answers.Answer?)[] answers) =>
        Recommender.For(Scorer.Explain(Sample, OneRater(answers)));

    [Fact]
    public void Names_the_weakest_layer_and_its_indicators_lowest_first()
    {
        var r = Recommend(("i1", Yes), ("p1", Point(3)), ("p2", Point(3)), ("p4", NA));
        Assert.Equal("process", r.WeakestLayerId);
        Assert.Equal(["P2", "P1"], r.Indicators.Select(i => i.IndicatorId));
        // P2 = 100 * (3 * 0.5 + 1 * 0) / 4 = 37.5; the layer is the mean of 50 and 37.5.
        Assert.Equal(37.5, r.Indicators[0].Score, 12);
        Assert.Equal(43.75, r.WeakestLayerScore!.Value, 12);
    }

    [Fact]
    public void Items_are_ranked_by_the_points_they_cost_their_indicator_and_NA_or_full_items_are_left_out()
    {
        var r = Recommend(("i1", Yes), ("p1", Point(5)), ("p2", Point(3)), ("p3", Yes), ("p4", NA));
        var p2 = Assert.Single(r.Indicators, i => i.IndicatorId == "P2");
        // p2 costs 100 * 3/4 * 0.5 = 37.5 points; p3 is at full score, p4 is NA: neither is a cause.
        var cause = Assert.Single(p2.Causes);
        Assert.Equal("p2", cause.ItemId);
        Assert.Equal(37.5, cause.PointsLost, 12);
        Assert.Empty(Assert.Single(r.Indicators, i => i.IndicatorId == "P1").Causes);
    }

    [Fact]
    public void An_unanswered_item_is_a_cause_marked_unanswered()
    {
        var r = Recommend(("i1", Yes), ("p1", Point(5)), ("p2", Point(5)));
        var causes = r.Indicators.Single(i => i.IndicatorId == "P2").Causes;
        Assert.Equal(["p3", "p4"], causes.Select(c => c.ItemId));
        Assert.All(causes, c => Assert.Equal(ItemStatus.Unanswered, c.Status));
        Assert.Equal(20, causes[0].PointsLost, 12); // 100 * 1/5
    }

    [Fact]
    public void Ties_between_layers_go_to_the_first_in_the_instrument()
    {
        var r = Recommend(("i1", No), ("p1", Point(1)), ("p2", Point(1)));
        Assert.Equal("interface", r.WeakestLayerId);
    }

    [Fact]
    public void Carries_the_quadrant_for_its_advice_and_has_advice_for_every_quadrant()
    {
        var r = Recommend(("i1", Yes), ("p1", Point(5)), ("p2", Point(1)));
        Assert.Equal(Quadrant.III, r.Quadrant);
        Assert.Contains("高位推动", QuadrantAdvice.Advice(Quadrant.III).Zh);
        Assert.Contains("Internet+", QuadrantAdvice.Advice(Quadrant.II).En);
        Assert.All(Enum.GetValues<Quadrant>(), q => Assert.False(string.IsNullOrWhiteSpace(QuadrantAdvice.Name(q).Zh + QuadrantAdvice.Result(q).En)));
    }

    [Fact]
    public void Nothing_to_recommend_when_every_layer_is_NA()
    {
        var allNa = Instrument(Layer("L", Indicator("I", Likert("x") with { AllowNa = true })));
        var r = Recommender.For(Scorer.Explain(allNa, OneRater(("x", NA))));
        Assert.Null(r.WeakestLayerId);
        Assert.Empty(r.Indicators);
    }
}
