using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Several raters": the mean of raters' item scores, NA raters left out, reconciled answers.</summary>
public class SeveralRatersTests
{
    private const int Digits = 12;

    [Fact]
    public void An_item_scores_the_mean_of_its_raters_scores()
    {
        var result = Scorer.Score(OneIndicator(Likert("a")), ByItem(("a", Raters(Point(5), Point(3), Point(4)))));
        Assert.Equal(75, result.Indicators["I"]!.Value, Digits); // 100 * (1 + 0.5 + 0.75) / 3 = 75
        Assert.Equal(1, result.Completeness);
    }

    [Fact]
    public void Raters_who_said_not_applicable_are_left_out_of_the_mean()
    {
        var instrument = OneIndicator(Likert("a") with { AllowNa = true });
        var result = Scorer.Score(instrument, ByItem(("a", Raters(Point(5), NA, Point(3)))));
        Assert.Equal(75, result.Indicators["I"]!.Value, Digits); // 100 * (1 + 0.5) / 2 = 75, not (1 + 0.5) / 3
        Assert.Equal(1, result.Completeness);                    // all 3 raters responded
    }

    [Fact]
    public void An_item_every_rater_called_not_applicable_is_not_applicable()
    {
        var instrument = OneIndicator(YesNo("a") with { AllowNa = true, Weight = 4 }, YesNo("b"));
        var result = Scorer.Score(instrument, ByItem(("a", Raters(NA, NA)), ("b", Raters(Yes, No))));
        Assert.Equal(50, result.Indicators["I"]!.Value, Digits); // a left out: 100 * (1 * (1 + 0) / 2) / 1 = 50
    }

    [Fact]
    public void A_rater_who_left_an_item_blank_counts_as_zero_and_lowers_completeness()
    {
        var result = Scorer.Score(OneIndicator(Likert("a")), ByItem(("a", Raters(Point(5), null, Point(3)))));
        Assert.Equal(50, result.Indicators["I"]!.Value, Digits); // 100 * (1 + 0 + 0.5) / 3 = 50
        Assert.Equal(2.0 / 3, result.Completeness, Digits);      // 2 of 3 raters responded
    }

    [Fact]
    public void Several_raters_with_partial_not_applicable_answers_combine_item_by_item()
    {
        var instrument = OneIndicator(
            Likert("a") with { AllowNa = true },
            Likert("b") with { AllowNa = true },
            Likert("c") with { AllowNa = true });
        var result = Scorer.Score(instrument, ByItem(
            ("a", Raters(NA, Point(5), null)),  // mean over the non-NA raters (1, 0) = 0.5; 2 of 3 responded
            ("b", Raters(NA, NA, null)),        // not every rater said NA: mean over (0) = 0; 2 of 3 responded
            ("c", Raters(NA, NA, NA))));        // every rater said NA: item NA; 3 of 3 responded
        Assert.Equal(25, result.Indicators["I"]!.Value, Digits); // 100 * (0.5 + 0) / 2 = 25
        Assert.Equal(7.0 / 9, result.Completeness, Digits);      // (2/3 + 2/3 + 1) / 3 = 7/9
    }

    [Fact]
    public void A_reconciled_answer_replaces_the_raters_mean()
    {
        var result = Scorer.Score(OneIndicator(Likert("a")), ByItem(("a", Raters(Point(1), Point(1)) with { Reconciled = Point(5) })));
        Assert.Equal(100, result.Indicators["I"]!.Value, Digits); // the reconciled 5 scores 1; the raters' mean (0) is ignored
    }

    [Fact]
    public void A_reconciled_answer_completes_an_item_the_raters_left_blank()
    {
        var result = Scorer.Score(OneIndicator(YesNo("a")), ByItem(("a", Raters(null, null) with { Reconciled = Yes })));
        Assert.Equal(100, result.Indicators["I"]!.Value, Digits);
        Assert.Equal(1, result.Completeness);
    }

    [Fact]
    public void A_reconciled_not_applicable_makes_the_item_not_applicable()
    {
        var instrument = OneIndicator(Likert("a") with { AllowNa = true }, YesNo("b"));
        var result = Scorer.Score(instrument, ByItem(
            ("a", Raters(Point(5), Point(5)) with { Reconciled = NA }),
            ("b", Raters(No, No))));
        Assert.Equal(0, result.Indicators["I"]!.Value, Digits); // a left out: 100 * 0 / 1 = 0 (with a it would be 50)
        Assert.Equal(1, result.Completeness);
    }
}
