using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md: an unanswered scored item counts as 0, and completeness is reported beside the score.</summary>
public class CompletenessTests
{
    private const int Digits = 12;

    [Fact]
    public void Unanswered_items_count_as_zero_and_completeness_shows_the_draft()
    {
        var instrument = OneIndicator(Likert("a"), YesNo("b"), YesNo("c"), Likert("d"));
        var result = Scorer.Score(instrument, OneRater(("a", Point(5)), ("b", Yes), ("c", null)));
        Assert.Equal(50, result.Indicators["I"]!.Value, Digits); // 100 * (1 + 1 + 0 + 0) / 4 = 50
        Assert.Equal(0.5, result.Completeness, Digits);          // 2 answered of 4 scored items (c null, d missing)
    }

    [Fact]
    public void Not_applicable_counts_as_answered_for_completeness()
    {
        var instrument = OneIndicator(YesNo("a") with { AllowNa = true }, YesNo("b"), YesNo("c"));
        var result = Scorer.Score(instrument, OneRater(("a", NA), ("b", Yes)));
        Assert.Equal(2.0 / 3, result.Completeness, Digits);      // a (NA) and b of 3 scored items
        Assert.Equal(50, result.Indicators["I"]!.Value, Digits); // 100 * (1 + 0) / 2, a left out
    }

    [Fact]
    public void Text_items_do_not_count_in_completeness()
    {
        var instrument = OneIndicator(YesNo("a"), FreeText("note"));
        var result = Scorer.Score(instrument, OneRater(("a", No)));
        Assert.Equal(1, result.Completeness); // 1 of 1 scored item; the unanswered note does not count
    }

    [Fact]
    public void An_instrument_without_scored_items_has_completeness_zero_and_no_composite()
    {
        var instrument = OneIndicator(FreeText("note"));
        var result = Scorer.Score(instrument, OneRater(("note", new Answer.Text("n/a"))));
        Assert.Equal(0, result.Completeness);
        Assert.Null(result.Composite);
    }

    [Fact]
    public void An_item_with_no_raters_is_unanswered()
    {
        var instrument = OneIndicator(YesNo("a"), YesNo("b"));
        var result = Scorer.Score(instrument, ByItem(("a", Raters()), ("b", Raters(Yes))));
        Assert.Equal(50, result.Indicators["I"]!.Value, Digits); // 100 * (0 + 1) / 2
        Assert.Equal(0.5, result.Completeness, Digits);          // (0 + 1) / 2
    }

    [Fact]
    public void Nothing_answered_scores_zero_not_not_applicable()
    {
        var instrument = OneIndicator(YesNo("a"), Likert("b"));
        var result = Scorer.Score(instrument, new Dictionary<string, ItemAnswers>());
        Assert.Equal(0, result.Composite);
        Assert.Equal(0, result.Completeness);
        Assert.Equal("emerging", result.Stage!.Id);
    }
}
