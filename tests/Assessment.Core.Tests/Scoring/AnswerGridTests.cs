using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>The one grouping of answers: slots per (item, rater), counts for completeness, reconciled answers.</summary>
public class AnswerGridTests
{
    private static readonly ItemTable Items = new(OneIndicator(Likert("a"), Likert("b"), FreeText("note")));

    [Fact]
    public void Answering_an_item_again_replaces_the_answer_and_counts_it_once_and_clearing_uncounts_it()
    {
        var grid = new AnswerGrid(Items, 2);
        grid.Set(0, 1, Point(2));
        grid.Set(0, 1, Point(4));
        Assert.Equal((0, 1), (grid.AnsweredScored(0), grid.AnsweredScored(1)));
        Assert.Equal([null, Point(4)], grid.Answers()["a"].ByRater);
        grid.Set(0, 1, null);
        Assert.Equal(0, grid.AnsweredScored(1));
    }

    [Fact]
    public void Unscored_items_are_kept_for_the_scorer_but_not_counted()
    {
        var grid = new AnswerGrid(Items, 1);
        grid.Set(2, 0, new Core.Answers.Answer.Text("fine"));
        Assert.Equal(0, grid.AnsweredScored(0));
        Assert.Equal(["note"], grid.Answers().Keys);
    }

    [Fact]
    public void Only_answered_or_reconciled_items_reach_the_scorer()
    {
        var grid = new AnswerGrid(Items, 2);
        grid.Set(0, 0, Point(5));
        grid.Reconcile(1, Point(3));
        var answers = grid.Answers();
        Assert.Equal(["a", "b"], answers.Keys.Order());
        Assert.Null(answers["a"].Reconciled);
        Assert.Equal([null, null], answers["b"].ByRater);
    }

    [Fact]
    public void The_answer_set_builder_refuses_an_item_the_instrument_lacks()
    {
        var builder = new AnswerSetBuilder(Items.Instrument);
        var error = Assert.Throws<ArgumentException>(() => builder.Add("J1", "r1", "gone", Point(1)));
        Assert.Contains("'gone'", error.Message);
    }

    [Fact]
    public void The_answer_set_builder_lays_rows_in_any_order_out_by_first_appearance()
    {
        var builder = new AnswerSetBuilder(Items.Instrument);
        builder.Add("J2", "r9", "b", Point(1));
        builder.Add("J1", "r2", "a", Point(2));
        builder.Add("J1", "r1", "a", Point(3));
        builder.AddRater("J1", "r3");
        builder.AddReconciled("J2", "a", Point(5));
        var sets = builder.Build();
        Assert.Equal(["J2", "J1"], sets.Select(s => s.Jurisdiction));
        Assert.Equal(["r2", "r1", "r3"], sets[1].Raters);
        Assert.Equal([Point(2), Point(3), null], sets[1].Items["a"].ByRater);
        Assert.Equal(Point(5), sets[0].Items["a"].Reconciled);
    }

    [Fact]
    public void The_answer_set_builder_takes_a_raters_name_in_another_case_as_the_same_rater_spelled_as_first_seen()
    {
        var builder = new AnswerSetBuilder(Items.Instrument);
        builder.Add("J1", "Wang", "a", Point(4));
        builder.Add("J1", "li", "a", Point(1));
        builder.Add("J1", "wang", "b", Point(2));
        builder.AddRater("J1", "LI");
        var set = Assert.Single(builder.Build());
        Assert.Equal(["Wang", "li"], set.Raters);
        Assert.Equal([Point(4), Point(1)], set.Items["a"].ByRater);
        Assert.Equal([Point(2), null], set.Items["b"].ByRater);
    }
}
