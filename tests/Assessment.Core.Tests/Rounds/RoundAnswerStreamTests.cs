using System.Text;
using Assessment.Core.Rounds;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Rounds;

/// <summary>The scoring of a round from its ordered answer stream: grouping, completeness, reconciled answers, order.</summary>
public class RoundAnswerStreamTests
{
    // Two scored likert items (b allows N/A) and one free-text item (not scored): completeness counts a and b only.
    private static readonly Core.Instruments.Instrument Instrument = OneIndicator(Likert("a"), Likert("b") with { AllowNa = true }, FreeText("note"));

    private static readonly RoundResponse[] Responses =
    [
        new(11, 1, "J1", "r1", ResponseStatus.Submitted),
        new(12, 1, "J1", "r2", ResponseStatus.Draft),
        new(21, 1, "J2", "r1", ResponseStatus.Returned),
        new(31, 1, "J3", "r1", ResponseStatus.Draft),
    ];

    private static (List<JurisdictionGroup> Groups, RoundAnswerStream Stream) Stream(params ReconciledText[] reconciled)
    {
        var groups = new List<JurisdictionGroup>();
        var stream = new RoundAnswerStream(new Dictionary<long, Core.Instruments.Instrument> { [1] = Instrument }, Responses, reconciled, groups.Add);
        return (groups, stream);
    }

    [Fact]
    public void Each_jurisdiction_is_handed_on_once_its_answers_are_in_with_each_response_complete_as_far_as_it_is()
    {
        var (groups, stream) = Stream();
        stream.Add(11, "a", "5");
        stream.Add(11, "b", "5");
        stream.Add(11, "note", "fine");
        stream.Add(12, "a", "4");
        Assert.Empty(groups); // J1 may still get answers
        stream.Add(31, "b", "NA"); // J2 has none: it is completed on the way
        Assert.Equal(["J1", "J2"], groups.Select(g => g.Jurisdiction));
        stream.Finish();
        Assert.Equal(["J1", "J2", "J3"], groups.Select(g => g.Jurisdiction));

        var j1 = groups[0];
        Assert.Equal([new Completeness(2, 2), new Completeness(1, 2)], [j1.CompletenessOf(0), j1.CompletenessOf(1)]);
        Assert.Equal([Point(5), Point(4)], j1.Answers()["a"].ByRater);
        Assert.Equal([Point(5), null], j1.Answers()["b"].ByRater);
        // a: (1 + 0.75) / 2 = 0.875; b: (1 + 0) / 2 = 0.5, r2's unanswered b counting 0 (SCORING.md); their mean 0.6875.
        Assert.Equal(68.75, j1.Score().Composite!.Value, 12);
        Assert.Equal(["r1", "r2"], j1.Unscored().Raters);

        Assert.Equal(new Completeness(0, 2), groups[1].CompletenessOf(0));
        Assert.Empty(groups[1].Answers());
        Assert.Equal(new Completeness(1, 2), groups[2].CompletenessOf(0)); // NA counts as answered
    }

    [Fact]
    public void A_reconciled_answer_replaces_the_raters_mean_of_its_item()
    {
        var (groups, stream) = Stream(new ReconciledText(1, "J1", "a", "1"), new ReconciledText(1, "J3", "b", "3"));
        stream.Add(11, "a", "5");
        stream.Add(11, "b", "5");
        stream.Add(12, "a", "4");
        stream.Finish();
        Assert.Equal(Point(1), groups[0].Answers()["a"].Reconciled);
        Assert.Equal(25, groups[0].Score().Composite!.Value, 12); // a: 0 (reconciled to 1), b: (1 + 0) / 2
        // Reconciled but answered by nobody: the item is there with empty rater slots.
        Assert.Equal([null], groups[2].Answers()["b"].ByRater);
        Assert.Equal(Point(3), groups[2].Answers()["b"].Reconciled);
        Assert.Equal(new Completeness(0, 2), groups[2].CompletenessOf(0)); // a reconciled answer is not the rater's
    }

    [Fact]
    public void Utf8_rows_give_the_same_groups_as_text_rows()
    {
        var (text, fromText) = Stream();
        var (bytes, fromBytes) = Stream();
        foreach (var (response, item, value) in new[] { (11L, "a", "3"), (12L, "b", "NA"), (31L, "a", "2") })
        {
            fromText.Add(response, item, value);
            fromBytes.Add(response, Encoding.UTF8.GetBytes(item), Encoding.UTF8.GetBytes(value));
        }
        fromText.Finish();
        fromBytes.Finish();
        Assert.Equal(text.Select(g => (g.Score().Composite, g.Score().Completeness)), bytes.Select(g => (g.Score().Composite, g.Score().Completeness)));
        Assert.Equal([12.5, 0, 12.5], bytes.Select(g => g.Score().Composite!.Value)); // J1: a (0.5 + 0) / 2, b 0 (r1 unanswered, r2 NA left out); J3: a 0.25, b 0
        Assert.Equal(NA, bytes[0].Answers()["b"].ByRater[1]);
    }

    [Fact]
    public void An_item_the_instrument_lacks_is_ignored()
    {
        var (groups, stream) = Stream();
        stream.Add(11, "gone", "5");
        stream.Finish();
        Assert.Empty(groups[0].Answers());
        Assert.Equal(new Completeness(0, 2), groups[0].CompletenessOf(0));
    }

    [Fact]
    public void Answers_out_of_the_responses_order_are_refused()
    {
        var (_, stream) = Stream();
        stream.Add(21, "a", "5");
        var error = Assert.Throws<InvalidOperationException>(() => stream.Add(11, "a", "5"));
        Assert.Contains("response 11", error.Message);
    }

    [Fact]
    public void A_stored_text_that_does_not_fit_its_item_is_an_error_not_an_unanswered_item()
    {
        var (_, stream) = Stream();
        var error = Assert.Throws<InvalidDataException>(() => stream.Add(11, "a", "9"));
        Assert.Contains("does not fit its item", error.Message);
    }
}
