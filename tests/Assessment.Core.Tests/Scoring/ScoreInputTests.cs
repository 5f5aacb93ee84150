using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>Answers that cannot belong to the instrument are refused with a message naming them.</summary>
public class ScoreInputTests
{
    [Fact]
    public void Answers_for_an_item_the_instrument_does_not_have_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Scorer.Score(OneIndicator(YesNo("a")), OneRater(("a", Yes), ("zz_old_item", Yes))));
        Assert.Contains("zz_old_item", error.Message);
        Assert.Contains("test 1", error.Message); // the instrument's id and version
    }

    [Fact]
    public void An_answer_that_does_not_fit_its_item_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Scorer.Score(OneIndicator(YesNo("a"), Likert("b")), OneRater(("b", new Answer.Choice("full")))));
        Assert.Contains("item b", error.Message);
    }

    [Fact]
    public void Scoring_the_same_answers_twice_gives_the_same_numbers()
    {
        var instrument = OneIndicator(Likert("a"), YesNo("b") with { Weight = 0.3 });
        var answers = ByItem(("a", Raters(Point(2), Point(4))), ("b", Raters(Yes, null)));
        var first = Scorer.Score(instrument, answers);
        var second = Scorer.Score(instrument, answers);
        Assert.Equal(first.Composite, second.Composite);
        Assert.Equal(first.Indicators, second.Indicators);
    }
}
