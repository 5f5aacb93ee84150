using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>SCORING.md, "Item score s in [0, 1]", one row of the table at a time, and reverse.</summary>
public class ItemScoreTests
{
    [Theory]
    [InlineData(5, 1, 0.0)]   // (1 - 1) / (5 - 1) = 0
    [InlineData(5, 2, 0.25)]  // (2 - 1) / 4 = 0.25
    [InlineData(5, 3, 0.5)]   // (3 - 1) / 4 = 0.5
    [InlineData(5, 5, 1.0)]   // (5 - 1) / 4 = 1
    [InlineData(2, 2, 1.0)]   // (2 - 1) / (2 - 1) = 1
    [InlineData(7, 3, 2.0 / 6)] // (3 - 1) / (7 - 1) = 1/3
    public void A_likert_point_k_of_n_scores_k_minus_one_over_n_minus_one(int points, int k, double expected) =>
        Assert.Equal(expected, Scorer.ItemScore(Likert("q", points), Point(k))!.Value, 15);

    [Fact]
    public void Yes_scores_one_and_no_scores_zero()
    {
        Assert.Equal(1.0, Scorer.ItemScore(YesNo("q"), Yes));
        Assert.Equal(0.0, Scorer.ItemScore(YesNo("q"), No));
    }

    [Fact]
    public void A_choice_scores_the_chosen_options_score()
    {
        var item = Choice("q", ("none", 0), ("some", 0.4), ("full", 1));
        Assert.Equal(0.4, Scorer.ItemScore(item, Pick("some")));
        Assert.Equal(1.0, Scorer.ItemScore(item, Pick("full")));
    }

    [Fact]
    public void A_multi_answer_scores_the_sum_of_its_options_scores()
    {
        var item = Multi("q", ("a", 0.2), ("b", 0.3), ("c", 0.6));
        Assert.Equal(0.5, Scorer.ItemScore(item, Picks("a", "b"))!.Value, 15); // 0.2 + 0.3 = 0.5
    }

    [Fact]
    public void A_multi_answer_is_capped_at_one()
    {
        var item = Multi("q", ("a", 0.2), ("b", 0.3), ("c", 0.6));
        Assert.Equal(1.0, Scorer.ItemScore(item, Picks("b", "c", "a"))); // min(1, 0.2 + 0.3 + 0.6 = 1.1) = 1
    }

    [Fact]
    public void An_explicit_empty_multi_answer_scores_zero() =>
        Assert.Equal(0.0, Scorer.ItemScore(Multi("q", ("a", 0.5)), Picks()));

    [Fact]
    public void A_multi_option_named_twice_counts_once()
    {
        var item = Multi("q", ("a", 0.2), ("b", 0.3));
        Assert.Equal(0.2, Scorer.ItemScore(item, Picks("a", "a"))); // a set: {a} = 0.2, not 0.4
    }

    [Theory]
    [InlineData(30, 0.25)]  // between [0, 0] and [60, 0.5]: 0 + 30/60 * 0.5 = 0.25
    [InlineData(60, 0.5)]   // on an anchor: its s
    [InlineData(80, 0.75)]  // between [60, 0.5] and [100, 1]: 0.5 + 20/40 * 0.5 = 0.75
    [InlineData(-5, 0.0)]   // below x0: s0
    [InlineData(0, 0.0)]    // at x0: s0
    [InlineData(100, 1.0)]  // at the last anchor: its s
    [InlineData(250, 1.0)]  // above the last anchor: its s
    public void A_number_is_scored_piecewise_linearly_through_the_anchors_and_clamped_outside(double x, double expected)
    {
        var item = Numeric("q", (0, 0), (60, 0.5), (100, 1));
        Assert.Equal(expected, Scorer.ItemScore(item, Number(x))!.Value, 15);
    }

    [Fact]
    public void Anchors_may_fall_so_a_larger_number_scores_lower()
    {
        // Days to complete a service: fewer is better. 10 days: 1 + (10 - 0) / (20 - 0) * (0 - 1) = 0.5.
        var item = Numeric("q", (0, 1), (20, 0));
        Assert.Equal(0.5, Scorer.ItemScore(item, Number(10)));
        Assert.Equal(0.0, Scorer.ItemScore(item, Number(40)));
    }

    [Fact]
    public void Reverse_replaces_the_score_by_one_minus_the_score()
    {
        Assert.Equal(0.25, Scorer.ItemScore(Likert("q") with { Reverse = true }, Point(4))); // 1 - (4 - 1) / 4 = 0.25
        Assert.Equal(0.0, Scorer.ItemScore(YesNo("q") with { Reverse = true }, Yes));        // 1 - 1 = 0
        Assert.Equal(0.6, Scorer.ItemScore(Choice("q", ("x", 0.4), ("y", 1)) with { Reverse = true }, Pick("x"))); // 1 - 0.4
        Assert.Equal(1.0, Scorer.ItemScore(Multi("q", ("x", 0.4)) with { Reverse = true }, Picks()));  // 1 - 0
        Assert.Equal(0.75, Scorer.ItemScore(Numeric("q", (0, 0), (100, 1)) with { Reverse = true }, Number(25))); // 1 - 0.25
    }

    [Fact]
    public void An_unanswered_scored_item_scores_zero_even_when_reversed()
    {
        Assert.Equal(0.0, Scorer.ItemScore(Likert("q"), null));
        // Unanswered is s = 0 (SCORING.md), not 1 - 0: a blank must never earn full marks.
        Assert.Equal(0.0, Scorer.ItemScore(YesNo("q") with { Reverse = true }, null));
    }

    [Fact]
    public void Not_applicable_has_no_score() =>
        Assert.Null(Scorer.ItemScore(Likert("q") with { AllowNa = true }, NA));

    [Fact]
    public void A_text_item_is_never_scored()
    {
        Assert.Null(Scorer.ItemScore(FreeText("q"), new Answer.Text("We run a 12345 hotline.")));
        Assert.Null(Scorer.ItemScore(FreeText("q"), null));
    }

    [Fact]
    public void Not_applicable_on_an_item_that_does_not_allow_it_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Scorer.ItemScore(Likert("if_one_portal"), NA));
        Assert.Contains("if_one_portal", error.Message);
        Assert.Contains("N/A", error.Message);
    }

    [Fact]
    public void An_answer_of_the_wrong_kind_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Scorer.ItemScore(Likert("q"), Yes));
        Assert.Contains("item q", error.Message);
    }

    [Fact]
    public void A_likert_point_outside_the_scale_is_refused() =>
        Assert.Throws<ArgumentException>(() => Scorer.ItemScore(Likert("q", 5), Point(6)));

    [Fact]
    public void An_option_the_item_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Scorer.ItemScore(Choice("q", ("a", 0), ("b", 1)), Pick("c")));
        Assert.Throws<ArgumentException>(() => Scorer.ItemScore(Multi("q", ("a", 0), ("b", 1)), Picks("a", "c")));
    }
}
