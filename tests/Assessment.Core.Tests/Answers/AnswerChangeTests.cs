using Assessment.Core.Answers;

namespace Assessment.Core.Tests.Answers;

public class AnswerChangeTests
{
    private static readonly AnswerState Yes = new("yes", false, null, null);
    private static readonly AnswerState No = new("no", false, null, null);
    private static readonly AnswerState Empty = new(null, false, null, null);

    [Fact]
    public void A_state_is_made_canonical_evidence_trimmed_and_blank_evidence_none()
    {
        Assert.Equal(new AnswerState("yes", false, "a note", null), AnswerState.Of(new Answer.YesNo(true), "  a note ", "   "));
        Assert.Equal(new AnswerState("NA", true, null, null), AnswerState.Of(Answer.NotApplicable.Instance, null, null));
        Assert.True(AnswerState.Of(null, " ", null).IsEmpty);
        Assert.False(AnswerState.Of(null, null, "https://example.org").IsEmpty); // evidence alone is something to keep
    }

    [Fact]
    public void Nothing_given_where_nothing_is_stored_and_the_same_answer_again_write_nothing()
    {
        Assert.Equal(new AnswerChange.Unchanged(0), AnswerChange.Decide(null, 0, Empty, expectedVersion: 0));
        Assert.Equal(new AnswerChange.Unchanged(4), AnswerChange.Decide(Yes, 4, Yes, expectedVersion: 4));
        // Unchanged wins over a stale version: a repeated save after someone else saved the same answer is no conflict.
        Assert.Equal(new AnswerChange.Unchanged(4), AnswerChange.Decide(Yes, 4, Yes, expectedVersion: 2));
        // A cleared answer (its row kept) cleared again is unchanged too.
        Assert.Equal(new AnswerChange.Unchanged(5), AnswerChange.Decide(Empty, 5, Empty, expectedVersion: 5));
    }

    [Fact]
    public void A_change_against_the_version_last_seen_writes_the_next_version()
    {
        Assert.Equal(new AnswerChange.Write(1), AnswerChange.Decide(null, 0, Yes, expectedVersion: 0));
        Assert.Equal(new AnswerChange.Write(5), AnswerChange.Decide(Yes, 4, No, expectedVersion: 4));
        Assert.Equal(new AnswerChange.Write(6), AnswerChange.Decide(No, 5, Empty, expectedVersion: 5)); // clearing is a change
        Assert.Equal(new AnswerChange.Write(2), AnswerChange.Decide(Yes, 1, Yes with { EvidenceLink = "https://example.org" }, expectedVersion: 1));
    }

    [Fact]
    public void A_change_against_an_older_version_is_a_conflict_and_an_import_writes_over_any_version()
    {
        Assert.Equal(new AnswerChange.Conflict(4), AnswerChange.Decide(Yes, 4, No, expectedVersion: 3));
        Assert.Equal(new AnswerChange.Conflict(0), AnswerChange.Decide(null, 0, Yes, expectedVersion: 2));
        Assert.Equal(new AnswerChange.Write(5), AnswerChange.Decide(Yes, 4, No, expectedVersion: null));
    }
}
