using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>Self-versus-external over matched items only (issue 16, item 3). Likert 5: point k scores (k - 1) / 4.</summary>
public class MatchedComparisonTests
{
    // External: layer L with e1 (weight 3), e2, e3 (unmatched); layer M with e4.
    private static readonly Instrument External = Instrument(
        Layer("L", Indicator("L.i", Likert("e1") with { Weight = 3 }, Likert("e2"), Likert("e3"))),
        Layer("M", Indicator("M.i", Likert("e4") with { AllowNa = true })));

    // Self: s1 -> e1 (exact), s2 -> e2 (partial), s4 -> e4, s9 unmatched; s1 weighs 1 here, but pairs use the external weight.
    private static readonly Instrument Self = Instrument(
        Layer("L", Indicator("L.i", Likert("s1") with { Matches = "e1", Equivalence = Equivalence.Exact },
            Likert("s2") with { Matches = "e2", Equivalence = Equivalence.Partial }, Likert("s9"))),
        Layer("M", Indicator("M.i", Likert("s4") with { Matches = "e4", Equivalence = Equivalence.Exact })));

    [Fact]
    public void Layers_are_scored_over_matched_pairs_with_the_external_weights()
    {
        // s1 = 1 (point 5), s2 = 0.5 (3), s9 = 0 (1); e1 = 0.75 (4), e2 = 0.25 (2), e3 = 1 (5).
        // Layer L over pairs (e1 w3, e2 w1): self 100 (3 x 1 + 0.5) / 4 = 87.5; external 100 (3 x 0.75 + 0.25) / 4 = 62.5; gap 25.
        // s9 and e3 count on neither side. Layer M: e4 NA, so no pair has a score there: NA.
        var comparison = Compare(
            OneRater(("s1", Point(5)), ("s2", Point(3)), ("s9", Point(1)), ("s4", Point(5))),
            OneRater(("e1", Point(4)), ("e2", Point(2)), ("e3", Point(5)), ("e4", NA)));

        var l = comparison.Layers.Single(x => x.LayerId == "L");
        Assert.Equal((2, 87.5, 62.5, 25.0), (l.Pairs, l.Self!.Value, l.External!.Value, l.Gap!.Value));
        var m = comparison.Layers.Single(x => x.LayerId == "M");
        Assert.Equal((0, (double?)null, (double?)null), (m.Pairs, m.Self, m.External));
    }

    [Fact]
    public void Pairs_follow_the_external_order_and_carry_their_equivalence_and_item_gap()
    {
        var comparison = Compare(OneRater(("s1", Point(5)), ("s2", Point(3))), OneRater(("e1", Point(4)), ("e2", Point(2))));

        Assert.Equal(["e1", "e2", "e4"], comparison.Pairs.Select(p => p.ExternalItem.Id));
        Assert.Equal([Equivalence.Exact, Equivalence.Partial, Equivalence.Exact], comparison.Pairs.Select(p => p.Equivalence));
        Assert.Equal(0.25, comparison.Pairs[0].Gap); // 1 - 0.75
        Assert.Equal(0.25, comparison.Pairs[1].Gap); // 0.5 - 0.25
    }

    [Fact]
    public void Unmatched_items_are_listed_apart_on_each_side()
    {
        var comparison = Compare(OneRater(), OneRater());

        Assert.Equal(["s9"], comparison.UnmatchedSelf.Select(i => i.Id));
        Assert.Equal(["e3"], comparison.UnmatchedExternal.Select(i => i.Id));
    }

    [Fact]
    public void A_match_naming_an_item_the_external_version_lacks_leaves_the_self_item_unmatched()
    {
        var self = Instrument(Layer("L", Indicator("L.i", Likert("s1") with { Matches = "gone", Equivalence = Equivalence.Partial })));

        var comparison = Scorer.CompareMatched(Scorer.Explain(self, OneRater()), Scorer.Explain(External, OneRater()));

        Assert.Empty(comparison.Pairs);
        Assert.Equal(["s1"], comparison.UnmatchedSelf.Select(i => i.Id));
    }

    private static MatchedComparison Compare(Dictionary<string, ItemAnswers> self, Dictionary<string, ItemAnswers> external) =>
        Scorer.CompareMatched(Scorer.Explain(Self, self), Scorer.Explain(External, external));
}
