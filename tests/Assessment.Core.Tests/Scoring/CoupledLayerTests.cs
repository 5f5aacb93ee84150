using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>
/// SCORING.md, "Maturity stage" (min_layer) and "Layer gap". Two layers of one 5-point likert item each, so a
/// layer scores (k - 1) x 25: point 5 = 100, 4 = 75, 3 = 50, 2 = 25, 1 = 0; the composite is their mean.
/// </summary>
public class CoupledLayerTests
{
    private static Instrument TwoLayers(params Stage[] stages) =>
        Instrument(stages, new QuadrantThresholds(), Layer("up", Indicator("up.i", Likert("a"))), Layer("down", Indicator("down.i", Likert("b"))));

    private static readonly Stage[] Coupled =
        [Stage("emerging", 0), Stage("developing", 40) with { MinLayer = 30 }, Stage("leading", 70) with { MinLayer = 60 }];

    [Theory]
    // a, b -> layers; composite; stage
    [InlineData(5, 1, "emerging")]   // 100 and 0: composite 50 meets developing's 40, but layer down 0 < 30
    [InlineData(5, 2, "emerging")]   // 100 and 25: composite 62.5, down 25 < 30
    [InlineData(5, 3, "developing")] // 100 and 50: composite 75 meets leading's 70, but down 50 < 60
    [InlineData(4, 4, "leading")]    // 75 and 75: composite 75, both >= 60
    [InlineData(3, 3, "developing")] // 50 and 50: composite 50 < 70
    public void A_stage_with_min_layer_needs_every_layer_to_reach_it(int a, int b, string expected)
    {
        var result = Scorer.Score(TwoLayers(Coupled), OneRater(("a", Point(a)), ("b", Point(b))));

        Assert.Equal(expected, result.Stage!.Id);
    }

    [Fact]
    public void A_layer_exactly_at_min_layer_reaches_the_stage()
    {
        // 100 and 50 with developing's floor at 50: composite 75 >= 40, down 50 >= 50.
        Stage[] stages = [Stage("emerging", 0), Stage("developing", 40) with { MinLayer = 50 }];
        Assert.Equal("developing", Scorer.Score(TwoLayers(stages), OneRater(("a", Point(5)), ("b", Point(3)))).Stage!.Id);
    }

    [Fact]
    public void An_na_layer_does_not_hold_a_stage_back()
    {
        var instrument = Instrument(Coupled, new QuadrantThresholds(),
            Layer("up", Indicator("up.i", Likert("a"))), Layer("down", Indicator("down.i", Likert("b") with { AllowNa = true })));

        var result = Scorer.Score(instrument, OneRater(("a", Point(5)), ("b", NA)));

        Assert.Equal(100, result.Composite);
        Assert.Equal("leading", result.Stage!.Id);
    }

    [Fact]
    public void The_stage_is_the_last_whose_conditions_hold_even_past_one_that_fails()
    {
        // The middle stage sets a floor the top one does not: 100 and 25 (composite 62.5) fails "middle"
        // (25 < 30) but meets "top" (min 60, no floor), so the rule's "last one whose conditions all hold" is top.
        Stage[] stages = [Stage("low", 0), Stage("middle", 40) with { MinLayer = 30 }, Stage("top", 60)];
        Assert.Equal("top", Scorer.Score(TwoLayers(stages), OneRater(("a", Point(5)), ("b", Point(2)))).Stage!.Id);
    }

    [Theory]
    [InlineData(5, 1, 100)]   // 100 - 0
    [InlineData(4, 2, 50)]    // 75 - 25
    [InlineData(2, 4, 50)]    // 75 - 25, whichever layer is higher
    [InlineData(3, 3, 0)]     // equal layers
    public void The_layer_gap_is_the_highest_minus_the_lowest_layer(int a, int b, double gap)
    {
        var result = Scorer.Score(TwoLayers(OneStage), OneRater(("a", Point(a)), ("b", Point(b))));

        Assert.Equal(gap, result.LayerGap);
    }

    [Fact]
    public void The_layer_gap_is_0_with_one_non_na_layer_and_na_with_none()
    {
        var instrument = Instrument(Layer("up", Indicator("up.i", Likert("a") with { AllowNa = true })),
            Layer("down", Indicator("down.i", Likert("b") with { AllowNa = true })));

        Assert.Equal(0, Scorer.Score(instrument, OneRater(("a", Point(2)), ("b", NA))).LayerGap);
        Assert.Null(Scorer.Score(instrument, OneRater(("a", NA), ("b", NA))).LayerGap);
    }

    [Fact]
    public void The_weakest_layer_is_the_lowest_non_na_one()
    {
        var result = Scorer.Score(TwoLayers(OneStage), OneRater(("a", Point(4)), ("b", Point(2))));

        Assert.Equal("down", result.WeakestLayer);
    }

    [Fact]
    public void Explain_names_each_stage_min_layer_kept_out_and_the_layers_below_its_floor()
    {
        // 100 and 25: composite 62.5 meets developing (40) but down 25 < 30; leading (70) is not met by the composite.
        var explanation = Scorer.Explain(TwoLayers(Coupled), OneRater(("a", Point(5)), ("b", Point(2))));

        Assert.Equal("emerging", explanation.Result.Stage!.Id);
        var hold = Assert.Single(explanation.HeldBack);
        Assert.Equal("developing", hold.Stage.Id);
        var below = Assert.Single(hold.Layers);
        Assert.Equal(("down", 25.0, 30.0), (below.LayerId, below.Score, below.MinLayer));
    }

    [Fact]
    public void Explain_names_no_hold_when_the_composite_alone_decides()
    {
        var explanation = Scorer.Explain(TwoLayers(Coupled), OneRater(("a", Point(3)), ("b", Point(3))));

        Assert.Equal("developing", explanation.Result.Stage!.Id);
        Assert.Empty(explanation.HeldBack);
    }
}
