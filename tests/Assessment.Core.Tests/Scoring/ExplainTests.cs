using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>Explain: every item's answers, score, weight, share and points, so each number can be traced.</summary>
public class ExplainTests
{
    private const int Digits = 12;

    private static readonly Instrument Sample = Instrument(
        Layer("L1",
            Indicator("I1",
                Likert("a"),
                YesNo("b") with { Weight = 3 },
                Likert("e") with { Weight = 2, AllowNa = true },
                FreeText("t")),
            Indicator("I2", Choice("c", ("none", 0), ("some", 0.4), ("full", 1)), Likert("f"))),
        Layer("L2", Indicator("I3", Likert("d") with { AllowNa = true })));

    private static readonly Dictionary<string, ItemAnswers> SampleAnswers = ByItem(
        ("a", Raters(Point(5), Point(3))),                           // (1 + 0.5) / 2 = 0.75
        ("b", Raters(Yes, null)),                                    // (1 + 0) / 2 = 0.5
        ("e", Raters(NA, NA)),                                       // NA
        ("t", Raters(new Answer.Text("12345 hotline"), null)),       // not scored
        ("c", Raters(null, null) with { Reconciled = Pick("some") }), // 0.4
                                                                      // f: no entry, unanswered, 0
        ("d", Raters(NA, NA)));                                      // NA, so I3 is NA

    [Fact]
    public void Every_item_is_listed_in_document_order_with_its_layer_and_indicator()
    {
        var items = Scorer.Explain(Sample, SampleAnswers).Items;
        Assert.Equal(["a", "b", "e", "t", "c", "f", "d"], items.Select(i => i.ItemId));
        Assert.Equal(["I1", "I1", "I1", "I1", "I2", "I2", "I3"], items.Select(i => i.IndicatorId));
        Assert.Equal(["L1", "L1", "L1", "L1", "L1", "L1", "L2"], items.Select(i => i.LayerId));
    }

    [Fact]
    public void Each_item_says_how_it_was_answered()
    {
        var items = Scorer.Explain(Sample, SampleAnswers).Items;
        Assert.Equal(
            [ItemStatus.Answered, ItemStatus.PartlyAnswered, ItemStatus.NotApplicable, ItemStatus.NotScored,
             ItemStatus.Reconciled, ItemStatus.Unanswered, ItemStatus.NotApplicable],
            items.Select(i => i.Status));
    }

    [Fact]
    public void Each_item_carries_its_raters_answers_and_the_reconciled_answer()
    {
        var items = Scorer.Explain(Sample, SampleAnswers).Items.ToDictionary(i => i.ItemId);
        Assert.Equal([Point(5), Point(3)], items["a"].ByRater);
        Assert.Equal([Yes, null], items["b"].ByRater);
        Assert.Equal(Pick("some"), items["c"].Reconciled);
        Assert.Empty(items["f"].ByRater);
        Assert.Null(items["f"].Reconciled);
    }

    [Fact]
    public void Each_item_shows_its_score_weight_share_and_points_in_its_indicator()
    {
        var items = Scorer.Explain(Sample, SampleAnswers).Items.ToDictionary(i => i.ItemId);
        // I1: non-NA items a (w 1) and b (w 3), sum of weights 4
        AssertTrace(items["a"], score: 0.75, weight: 1, share: 0.25, points: 18.75); // 1/4; 100 * 1 * 0.75 / 4
        AssertTrace(items["b"], score: 0.5, weight: 3, share: 0.75, points: 37.5);   // 3/4; 100 * 3 * 0.5 / 4
        AssertTrace(items["e"], score: null, weight: 2, share: null, points: null);  // NA: no share
        AssertTrace(items["t"], score: null, weight: 1, share: null, points: null);  // text: not scored
        // I2: c (w 1) and f (w 1), sum of weights 2
        AssertTrace(items["c"], score: 0.4, weight: 1, share: 0.5, points: 20);      // 1/2; 100 * 1 * 0.4 / 2
        AssertTrace(items["f"], score: 0, weight: 1, share: 0.5, points: 0);         // unanswered counts as 0
        AssertTrace(items["d"], score: null, weight: 1, share: null, points: null);
    }

    [Fact]
    public void An_indicators_score_is_the_sum_of_its_items_points()
    {
        var explanation = Scorer.Explain(Sample, SampleAnswers);
        Assert.Equal(56.25, explanation.Result.Indicators["I1"]!.Value, Digits); // 18.75 + 37.5
        Assert.Equal(20, explanation.Result.Indicators["I2"]!.Value, Digits);    // 20 + 0
        Assert.Null(explanation.Result.Indicators["I3"]);
        foreach (var (id, score) in explanation.Result.Indicators.Where(i => i.Value is not null))
        {
            var points = explanation.Items.Where(i => i.IndicatorId == id).Sum(i => i.PointsInIndicator ?? 0);
            Assert.Equal(score!.Value, points, Digits);
        }
    }

    [Fact]
    public void Explain_gives_the_same_scores_as_Score()
    {
        var explained = Scorer.Explain(Sample, SampleAnswers).Result;
        var scored = Scorer.Score(Sample, SampleAnswers);
        Assert.Equal(scored.Composite, explained.Composite);
        Assert.Equal(scored.Completeness, explained.Completeness);
        Assert.Equal(scored.Layers, explained.Layers);
        Assert.Equal(scored.Indicators, explained.Indicators);
        // L1 = (1 * 56.25 + 1 * 20) / 2 = 38.125; L2 is NA, so the composite is L1's
        Assert.Equal(38.125, explained.Composite!.Value, Digits);
        // completeness: a 1, b 1/2, e 1, c 1 (reconciled), f 0, d 1; t is text. (1 + 0.5 + 1 + 1 + 0 + 1) / 6 = 0.75
        Assert.Equal(0.75, explained.Completeness, Digits);
    }

    private static void AssertTrace(ItemTrace trace, double? score, double weight, double? share, double? points)
    {
        AssertClose(score, trace.Score);
        Assert.Equal(weight, trace.Weight);
        AssertClose(share, trace.ShareOfIndicator);
        AssertClose(points, trace.PointsInIndicator);
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null) Assert.Null(actual);
        else Assert.Equal(expected.Value, actual!.Value, Digits);
    }
}
