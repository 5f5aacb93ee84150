using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Quadrant": T >= threshold is empowering, O >= threshold is push.</summary>
public class QuadrantTests
{
    private static Instrument TwoAxes(QuadrantThresholds thresholds) => Instrument(OneStage, thresholds,
        Layer("L", Indicator("I", Likert("t") with { Axis = Axis.Technology }, Likert("o") with { Axis = Axis.Organization })));

    [Theory]
    [InlineData(3, 3, Quadrant.IV)]  // T = 50, O = 50: exactly at both thresholds counts as empowering + push
    [InlineData(3, 2, Quadrant.III)] // T = 50 empowering, O = 25 constraint
    [InlineData(2, 3, Quadrant.II)]  // T = 25 ineffective, O = 50 push
    [InlineData(2, 2, Quadrant.I)]   // T = 25, O = 25
    [InlineData(5, 1, Quadrant.III)] // T = 100, O = 0
    [InlineData(1, 5, Quadrant.II)]  // T = 0, O = 100
    public void The_quadrant_follows_the_default_thresholds_of_50(int technologyPoint, int organizationPoint, Quadrant expected)
    {
        var result = Scorer.Score(TwoAxes(new QuadrantThresholds()), OneRater(("t", Point(technologyPoint)), ("o", Point(organizationPoint))));
        Assert.Equal(expected, result.Quadrant);
    }

    [Theory]
    [InlineData(4, 2, Quadrant.IV)]  // T = 75 >= 75 empowering, O = 25 >= 25 push
    [InlineData(3, 2, Quadrant.II)]  // T = 50 < 75 ineffective
    [InlineData(4, 1, Quadrant.III)] // O = 0 < 25 constraint
    public void The_quadrant_uses_the_instruments_own_thresholds(int technologyPoint, int organizationPoint, Quadrant expected)
    {
        var instrument = TwoAxes(new QuadrantThresholds(Technology: 75, Organization: 25));
        var result = Scorer.Score(instrument, OneRater(("t", Point(technologyPoint)), ("o", Point(organizationPoint))));
        Assert.Equal(expected, result.Quadrant);
    }

    [Fact]
    public void A_score_just_below_the_threshold_is_on_the_lower_side()
    {
        var instrument = Instrument(OneStage, new QuadrantThresholds(), Layer("L", Indicator("I",
            Numeric("t", (0, 0), (100, 1)) with { Axis = Axis.Technology },
            Likert("o") with { Axis = Axis.Organization })));
        var result = Scorer.Score(instrument, OneRater(("t", Number(49.9)), ("o", Point(3))));
        Assert.Equal(49.9, result.Technology!.Value, 12); // 100 * 0.499
        Assert.Equal(Quadrant.II, result.Quadrant);
    }

    [Fact]
    public void A_mean_exactly_at_the_threshold_in_real_arithmetic_counts_as_reaching_it_despite_rounding()
    {
        var tech = Likert("t") with { Axis = Axis.Technology, Weight = 0.1 };
        var instrument = Instrument(OneStage, new QuadrantThresholds(), Layer("L", Indicator("I",
            tech with { Id = "t1" }, tech with { Id = "t2" }, tech with { Id = "t3" },
            Likert("o") with { Axis = Axis.Organization })));
        var result = Scorer.Score(instrument, OneRater(("t1", Point(2)), ("t2", Point(5)), ("t3", Point(2)), ("o", Point(3))));
        // Real arithmetic: 100 * (0.1 * 0.25 + 0.1 * 1 + 0.1 * 0.25) / 0.3 = 100 * 0.15 / 0.3 = 50.
        // Doubles give 49.999999999999986; it is shown as 50.0 and must be classed as empowering.
        Assert.Equal(50, result.Technology!.Value, 12);
        Assert.Equal(Quadrant.IV, result.Quadrant);
    }

    [Fact]
    public void The_quadrant_is_not_applicable_when_an_axis_is()
    {
        var instrument = Instrument(OneStage, new QuadrantThresholds(), Layer("L", Indicator("I",
            Likert("t") with { Axis = Axis.Technology, AllowNa = true }, Likert("o") with { Axis = Axis.Organization })));
        var result = Scorer.Score(instrument, OneRater(("t", NA), ("o", Point(5))));
        Assert.Null(result.Technology);
        Assert.Equal(100, result.Organization);
        Assert.Null(result.Quadrant);
    }
}
