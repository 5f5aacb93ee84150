using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Not applicable and unanswered": NA at item, indicator, layer and axis level.</summary>
public class NotApplicableTests
{
    private const int Digits = 12;

    [Fact]
    public void A_not_applicable_item_counts_in_no_numerator_and_no_denominator()
    {
        var instrument = OneIndicator(Likert("a") with { AllowNa = true }, Likert("b") with { Weight = 3 }, YesNo("c"));
        var result = Scorer.Score(instrument, OneRater(("a", NA), ("b", Point(2)), ("c", Yes)));
        // 100 * (3 * 0.25 + 1 * 1) / (3 + 1) = 100 * 1.75 / 4 = 43.75 (counting NA as 0 would give 1.75 / 5 = 35)
        Assert.Equal(43.75, result.Indicators["I"]!.Value, Digits);
    }

    [Fact]
    public void An_indicator_whose_items_are_all_not_applicable_is_not_applicable_and_left_out_of_its_layer()
    {
        var instrument = Instrument(Layer("L",
            Indicator("I1", YesNo("a") with { AllowNa = true }, YesNo("b") with { AllowNa = true }) with { Weight = 3 },
            Indicator("I2", YesNo("c"))));
        var result = Scorer.Score(instrument, OneRater(("a", NA), ("b", NA), ("c", Yes)));
        Assert.Null(result.Indicators["I1"]);
        // (1 * 100) / 1 = 100; counting I1 as 0 would give (3 * 0 + 1 * 100) / 4 = 25
        Assert.Equal(100, result.Layers["L"]!.Value, Digits);
    }

    [Fact]
    public void A_layer_whose_indicators_are_all_not_applicable_is_left_out_of_the_composite()
    {
        var instrument = Instrument(
            Layer("L1", Indicator("I1", YesNo("a") with { AllowNa = true })) with { Weight = 3 },
            Layer("L2", Indicator("I2", Likert("b"))));
        var result = Scorer.Score(instrument, OneRater(("a", NA), ("b", Point(3))));
        Assert.Null(result.Layers["L1"]);
        Assert.Equal(50, result.Composite!.Value, Digits); // (1 * 50) / 1; with L1 as 0: (1 * 50) / 4 = 12.5
    }

    [Fact]
    public void When_every_item_is_not_applicable_nothing_is_scored_but_the_answering_is_complete()
    {
        var instrument = Instrument(
            [Stage("emerging", 0), Stage("leading", 50)], new QuadrantThresholds(),
            Layer("L", Indicator("I",
                YesNo("t") with { AllowNa = true, Axis = Axis.Technology },
                YesNo("o") with { AllowNa = true, Axis = Axis.Organization })));
        var result = Scorer.Score(instrument, OneRater(("t", NA), ("o", NA)));
        Assert.Null(result.Indicators["I"]);
        Assert.Null(result.Layers["L"]);
        Assert.Null(result.Composite);
        Assert.Null(result.Stage);
        Assert.Null(result.Technology);
        Assert.Null(result.Organization);
        Assert.Null(result.Quadrant);
        Assert.Equal(1, result.Completeness); // 2 of 2 scored items answered or NA
    }

    [Fact]
    public void A_not_applicable_axis_item_is_left_out_of_its_axis()
    {
        var instrument = OneIndicator(
            YesNo("t1") with { AllowNa = true, Axis = Axis.Technology, Weight = 5 },
            Likert("t2") with { Axis = Axis.Technology },
            YesNo("o1") with { AllowNa = true, Axis = Axis.Organization });
        var result = Scorer.Score(instrument, OneRater(("t1", NA), ("t2", Point(5)), ("o1", NA)));
        Assert.Equal(100, result.Technology!.Value, Digits); // 100 * (1 * 1) / 1; t1's weight 5 is left out
        Assert.Null(result.Organization);                    // its only item is NA
        Assert.Null(result.Quadrant);
    }

    [Fact]
    public void An_indicator_of_text_items_only_is_not_applicable()
    {
        var instrument = Instrument(Layer("L", Indicator("notes", FreeText("n")), Indicator("I", YesNo("a"))));
        var result = Scorer.Score(instrument, OneRater(("n", new Answer.Text("see the attached report")), ("a", Yes)));
        Assert.Null(result.Indicators["notes"]);
        Assert.Equal(100, result.Layers["L"]!.Value, Digits);
    }
}
