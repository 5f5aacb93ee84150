using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Aggregation (0 to 100)": weighted means at every level, and the two axes.</summary>
public class AggregationTests
{
    private const int Digits = 12;

    [Fact]
    public void An_indicator_is_the_weighted_mean_of_its_item_scores_times_100()
    {
        var instrument = OneIndicator(Likert("a"), Likert("b") with { Weight = 3 });
        var result = Scorer.Score(instrument, OneRater(("a", Point(5)), ("b", Point(3))));
        // 100 * (1 * 1 + 3 * 0.5) / (1 + 3) = 100 * 2.5 / 4 = 62.5
        Assert.Equal(62.5, result.Indicators["I"]!.Value, Digits);
    }

    [Fact]
    public void A_layer_is_the_weighted_mean_of_its_indicators()
    {
        var instrument = Instrument(Layer("L",
            Indicator("I1", YesNo("a")),
            Indicator("I2", YesNo("b")) with { Weight = 3 }));
        var result = Scorer.Score(instrument, OneRater(("a", Yes), ("b", No)));
        Assert.Equal(100, result.Indicators["I1"]!.Value, Digits);
        Assert.Equal(0, result.Indicators["I2"]!.Value, Digits);
        // (1 * 100 + 3 * 0) / (1 + 3) = 25
        Assert.Equal(25, result.Layers["L"]!.Value, Digits);
    }

    [Fact]
    public void The_composite_is_the_weighted_mean_of_the_layers()
    {
        var instrument = Instrument(
            Layer("L1", Indicator("I1", YesNo("a"))) with { Weight = 2 },
            Layer("L2", Indicator("I2", Likert("b"))) with { Weight = 3 });
        var result = Scorer.Score(instrument, OneRater(("a", Yes), ("b", Point(3))));
        // (2 * 100 + 3 * 50) / (2 + 3) = 350 / 5 = 70
        Assert.Equal(70, result.Composite!.Value, Digits);
    }

    [Fact]
    public void Weights_at_every_level_combine_as_nested_weighted_means()
    {
        var instrument = Instrument(
            Layer("L1",
                Indicator("I1", Likert("a"), YesNo("b")),
                Indicator("I2", Choice("c", ("none", 0), ("some", 0.4), ("full", 1)) with { Weight = 2 }) with { Weight = 3 })
                with
            { Weight = 2 },
            Layer("L2", Indicator("I3", Numeric("d", (0, 0), (100, 1)))));
        var result = Scorer.Score(instrument, OneRater(("a", Point(5)), ("b", No), ("c", Pick("some")), ("d", Number(90))));

        Assert.Equal(50, result.Indicators["I1"]!.Value, Digits);   // 100 * (1 * 1 + 1 * 0) / 2 = 50
        Assert.Equal(40, result.Indicators["I2"]!.Value, Digits);   // 100 * (2 * 0.4) / 2 = 40
        Assert.Equal(90, result.Indicators["I3"]!.Value, Digits);   // 100 * 0.9 / 1 = 90
        Assert.Equal(42.5, result.Layers["L1"]!.Value, Digits);     // (1 * 50 + 3 * 40) / (1 + 3) = 170 / 4 = 42.5
        Assert.Equal(90, result.Layers["L2"]!.Value, Digits);       // 90 / 1
        Assert.Equal(175.0 / 3, result.Composite!.Value, Digits);   // (2 * 42.5 + 1 * 90) / (2 + 1) = 175 / 3 = 58.33..
    }

    [Fact]
    public void The_axes_use_item_weights_only_wherever_the_items_sit()
    {
        var instrument = Instrument(
            Layer("L1", Indicator("I1", YesNo("t1") with { Axis = Axis.Technology }) with { Weight = 10 }) with { Weight = 5 },
            Layer("L2", Indicator("I2",
                YesNo("t2") with { Axis = Axis.Technology, Weight = 3 },
                Likert("o1") with { Axis = Axis.Organization, Weight = 2 },
                YesNo("n1"))));
        var result = Scorer.Score(instrument,
            OneRater(("t1", Yes), ("t2", No), ("o1", Point(4)), ("n1", Yes)));
        // T = 100 * (1 * 1 + 3 * 0) / (1 + 3) = 25: layer and indicator weights (5, 10) play no part, n1 has no axis
        Assert.Equal(25, result.Technology!.Value, Digits);
        // O = 100 * (2 * 0.75) / 2 = 75
        Assert.Equal(75, result.Organization!.Value, Digits);
    }

    [Fact]
    public void An_axis_no_item_carries_is_not_applicable()
    {
        var instrument = OneIndicator(YesNo("t") with { Axis = Axis.Technology }, YesNo("n"));
        var result = Scorer.Score(instrument, OneRater(("t", Yes), ("n", Yes)));
        Assert.Equal(100, result.Technology!.Value, Digits);
        Assert.Null(result.Organization);
        Assert.Null(result.Quadrant);
    }

    [Fact]
    public void The_result_names_every_layer_and_indicator_in_document_order()
    {
        var instrument = Instrument(
            Layer("L1", Indicator("I1", YesNo("a")), Indicator("I2", YesNo("b"))),
            Layer("L2", Indicator("I3", YesNo("c"))));
        var result = Scorer.Score(instrument, OneRater(("a", Yes)));
        Assert.Equal(["L1", "L2"], result.Layers.Keys);
        Assert.Equal(["I1", "I2", "I3"], result.Indicators.Keys);
        Assert.Equal([100.0, 0.0, 0.0], result.Indicators.Values.Select(v => v!.Value));
        Assert.True(result.Indicators.TryGetValue("I2", out var i2));
        Assert.Equal(0, i2);
        Assert.False(result.Indicators.ContainsKey("L1"));
        Assert.Throws<KeyNotFoundException>(() => result.Indicators["nope"]);
    }
}
