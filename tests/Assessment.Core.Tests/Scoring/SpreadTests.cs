using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>The review's disagreement rule: how far the raters' item scores are apart.</summary>
public class SpreadTests
{
    [Fact]
    public void The_range_counts_only_raters_who_answered_and_na_against_an_answer_always_disagrees()
    {
        var likert = Likert("a") with { AllowNa = true };
        // Points 1 and 4 of 5 score 0 and 0.75; the unanswered rater counts for nothing.
        Assert.Equal(new Spread(0.75, false), Spread.Of(likert, [Point(1), null, Point(4)]));
        Assert.Equal(new Spread(null, false), Spread.Of(likert, [Point(2), null]));
        Assert.Equal(new Spread(null, true), Spread.Of(likert, [NA, Point(3)]));
        Assert.True(Spread.Of(likert, [NA, Point(3)]).Exceeds(1));
        Assert.Equal(new Spread(null, false), Spread.Of(likert, [NA, NA]));
        Assert.Equal(new Spread(null, false), Spread.Of(FreeText("t"), [new Answer.Text("x"), new Answer.Text("y")]));
    }

    [Fact]
    public void Disagreements_count_the_items_whose_raters_are_further_apart_than_the_gap_whatever_was_reconciled()
    {
        var instrument = OneIndicator(Likert("a"), YesNo("b"), Likert("c"), FreeText("t"));
        var answers = new Dictionary<string, ItemAnswers>
        {
            ["a"] = new([Point(1), Point(2)]),               // 0 and 0.25: at the gap, not over it
            ["b"] = new([Yes, No], Reconciled: Yes),         // 1 apart: reconciling does not make the raters agree
            ["c"] = new([Point(5), null]),                   // one rater: no spread
            ["t"] = new([new Answer.Text("x"), new Answer.Text("y")]),
            ["gone"] = new([Yes, No]),                       // an item the instrument lacks is not counted
        };
        Assert.Equal(1, Spread.Disagreements(instrument, answers, 0.25));
        Assert.Equal(2, Spread.Disagreements(instrument, answers, 0.2));
        Assert.Equal(0, Spread.Disagreements(instrument, answers, 1));
    }
}
