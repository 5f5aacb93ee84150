using Assessment.Core.Rounds;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Rounds;

public class CompletenessTests
{
    // Layer A: a, b scored, note not scored; layer B: c scored.
    private static readonly Assessment.Core.Instruments.Instrument Instrument = Instrument(
        Layer("A", Indicator("IA", YesNo("a"), Likert("b"), FreeText("note"))),
        Layer("B", Indicator("IB", YesNo("c"))));

    [Fact]
    public void Counts_answered_scored_items_over_scored_items()
    {
        // b, the unscored note, an id the instrument lacks and a repeated id count nothing extra: 2 of 3.
        var c = Completeness.Of(Instrument, ["a", "note", "zz", "c", "a"]);
        Assert.Equal(new Completeness(2, 3), c);
        Assert.Equal(2.0 / 3, c.Share, 12);
        Assert.False(c.IsComplete);
    }

    [Fact]
    public void Counts_one_layer_when_given_one()
    {
        var layerA = Instrument.Layers[0];
        Assert.Equal(new Completeness(1, 2), Completeness.Of(Instrument, ["a", "c"], layerA));
        Assert.Equal(new Completeness(1, 1), Completeness.Of(Instrument, ["a", "c"], Instrument.Layers[1]));
    }

    [Fact]
    public void Two_instruments_with_the_same_layer_ids_are_counted_each_by_its_own_items()
    {
        // The scored items are kept per instrument: a second instrument reusing layer A's id must not get the first's.
        var other = Instrument(Layer("A", Indicator("IA", YesNo("x"))), Layer("B", Indicator("IB", YesNo("c"))));
        Assert.Equal(new Completeness(2, 2), Completeness.Of(Instrument, ["a", "b"], Instrument.Layers[0]));
        Assert.Equal(new Completeness(0, 1), Completeness.Of(other, ["a", "b"], other.Layers[0]));
        Assert.Equal(new Completeness(1, 1), Completeness.Of(other, ["x"], other.Layers[0]));
        // A layer that is not the instrument's own is counted by its own items.
        Assert.Equal(new Completeness(1, 1), Completeness.Of(Instrument, ["x"], other.Layers[0]));
    }

    [Fact]
    public void Nothing_scored_is_complete_and_nothing_answered_is_zero()
    {
        Assert.Equal(1, new Completeness(0, 0).Share);
        Assert.True(new Completeness(0, 0).IsComplete);
        Assert.Equal(new Completeness(0, 3), Completeness.Of(Instrument, []));
    }

    [Fact]
    public void The_counter_counts_many_responses_in_one_pass_in_any_order()
    {
        var counter = new Completeness.Counter(Instrument);
        foreach (var (response, item) in new (long, string)[] { (2, "c"), (1, "a"), (2, "note"), (1, "b"), (2, "a"), (1, "c") })
            counter.Add(response, item);
        Assert.Equal(new Completeness(3, 3), counter.Of(1));
        Assert.Equal(new Completeness(2, 3), counter.Of(2));
        Assert.Equal(new Completeness(0, 3), counter.Of(99)); // a response with no answer yet
    }

    [Theory]
    [InlineData(ResponseStatus.Draft, 0, ResponseStage.NotStarted)]
    [InlineData(ResponseStatus.Draft, 1, ResponseStage.Draft)]
    [InlineData(ResponseStatus.Submitted, 0, ResponseStage.Submitted)]
    [InlineData(ResponseStatus.Returned, 0, ResponseStage.Returned)]
    [InlineData(ResponseStatus.Accepted, 3, ResponseStage.Accepted)]
    public void A_draft_nobody_answered_in_is_not_started(ResponseStatus status, int answered, ResponseStage expected) =>
        Assert.Equal(expected, ResponseStages.Of(status, new Completeness(answered, 3)));
}
