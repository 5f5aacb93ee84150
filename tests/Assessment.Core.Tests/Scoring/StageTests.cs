using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Maturity stage": the last stage whose min is at most the composite.</summary>
public class StageTests
{
    private static readonly Stage[] Stages = [Stage("emerging", 0), Stage("developing", 25), Stage("leading", 75)];

    [Theory]
    [InlineData(1, "emerging")]   // composite 0 = the first min
    [InlineData(2, "developing")] // composite 25, exactly developing's min
    [InlineData(3, "developing")] // composite 50
    [InlineData(4, "leading")]    // composite 75, exactly leading's min
    [InlineData(5, "leading")]    // composite 100
    public void The_stage_is_the_last_one_whose_min_the_composite_reaches(int point, string expected)
    {
        var instrument = Instrument(Stages, new QuadrantThresholds(), Layer("L", Indicator("I", Likert("a"))));
        var result = Scorer.Score(instrument, OneRater(("a", Point(point))));
        Assert.Equal(expected, result.Stage!.Id);
    }

    [Theory]
    [InlineData(24.99, "emerging")]   // composite 24.99 < 25
    [InlineData(74.9, "developing")]  // composite 74.9 < 75
    public void A_composite_just_below_a_min_stays_in_the_stage_before(double x, string expected)
    {
        var instrument = Instrument(Stages, new QuadrantThresholds(), Layer("L", Indicator("I", Numeric("a", (0, 0), (100, 1)))));
        var result = Scorer.Score(instrument, OneRater(("a", Number(x))));
        Assert.Equal(x, result.Composite!.Value, 12);
        Assert.Equal(expected, result.Stage!.Id);
    }

    [Fact]
    public void There_is_no_stage_when_the_composite_is_not_applicable()
    {
        var instrument = Instrument(Stages, new QuadrantThresholds(), Layer("L", Indicator("I", Likert("a") with { AllowNa = true })));
        Assert.Null(Scorer.Score(instrument, OneRater(("a", NA))).Stage);
    }
}
