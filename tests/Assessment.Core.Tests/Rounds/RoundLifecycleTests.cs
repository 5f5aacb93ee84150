using Assessment.Core.Rounds;

namespace Assessment.Core.Tests.Rounds;

public class RoundLifecycleTests
{
    [Fact]
    public void A_round_moves_draft_open_closed_published_one_step_at_a_time()
    {
        Assert.Equal([RoundStatus.Open], RoundLifecycle.NextSteps(RoundStatus.Draft));
        Assert.Equal([RoundStatus.Closed], RoundLifecycle.NextSteps(RoundStatus.Open));
        Assert.Equal([RoundStatus.Published], RoundLifecycle.NextSteps(RoundStatus.Closed));
        Assert.Empty(RoundLifecycle.NextSteps(RoundStatus.Published));
        Assert.Null(RoundLifecycle.Refusal(RoundStatus.Draft, RoundStatus.Open));
        Assert.Equal("the round is draft; it cannot become published (draft -> open -> closed -> published)",
            RoundLifecycle.Refusal(RoundStatus.Draft, RoundStatus.Published));
        Assert.NotNull(RoundLifecycle.Refusal(RoundStatus.Closed, RoundStatus.Open)); // never back
    }

    [Fact]
    public void A_response_is_submitted_then_returned_or_accepted_and_an_accepted_one_can_be_returned()
    {
        Assert.Equal([ResponseStatus.Submitted], RoundLifecycle.NextSteps(ResponseStatus.Draft));
        Assert.Equal([ResponseStatus.Returned, ResponseStatus.Accepted], RoundLifecycle.NextSteps(ResponseStatus.Submitted));
        Assert.Equal([ResponseStatus.Submitted], RoundLifecycle.NextSteps(ResponseStatus.Returned));
        Assert.Equal([ResponseStatus.Returned], RoundLifecycle.NextSteps(ResponseStatus.Accepted));
    }

    // Every (round status, step) pair, so a change of the table shows here.
    [Theory]
    [InlineData(RoundStatus.Draft, ResponseStatus.Submitted, false)]
    [InlineData(RoundStatus.Draft, ResponseStatus.Returned, false)]
    [InlineData(RoundStatus.Draft, ResponseStatus.Accepted, false)]
    [InlineData(RoundStatus.Open, ResponseStatus.Submitted, true)]
    [InlineData(RoundStatus.Open, ResponseStatus.Returned, true)]
    [InlineData(RoundStatus.Open, ResponseStatus.Accepted, true)]
    [InlineData(RoundStatus.Closed, ResponseStatus.Submitted, false)]
    [InlineData(RoundStatus.Closed, ResponseStatus.Returned, false)]
    [InlineData(RoundStatus.Closed, ResponseStatus.Accepted, true)] // a lead may still accept after the round closed
    [InlineData(RoundStatus.Published, ResponseStatus.Submitted, false)]
    [InlineData(RoundStatus.Published, ResponseStatus.Returned, false)]
    [InlineData(RoundStatus.Published, ResponseStatus.Accepted, false)]
    public void Which_response_steps_each_round_status_allows(RoundStatus round, ResponseStatus step, bool allowed) =>
        Assert.Equal(allowed, RoundLifecycle.Allows(round, step));

    [Fact]
    public void A_refusal_names_what_stops_the_step()
    {
        Assert.Null(RoundLifecycle.Refusal(ResponseStatus.Submitted, ResponseStatus.Accepted, RoundStatus.Closed));
        Assert.Equal("the response is draft; it cannot become accepted",
            RoundLifecycle.Refusal(ResponseStatus.Draft, ResponseStatus.Accepted, RoundStatus.Open));
        Assert.Equal("the round is closed; the response cannot become returned now",
            RoundLifecycle.Refusal(ResponseStatus.Submitted, ResponseStatus.Returned, RoundStatus.Closed));
    }

    [Fact]
    public void Administrators_move_rounds_raters_submit_their_own_and_reviewers_return_or_accept()
    {
        Assert.All(Enum.GetValues<RoundStatus>(), s => Assert.Equal(StepActor.RoundManager, RoundLifecycle.WhoMakes(s)));
        Assert.Equal(StepActor.OwnRater, RoundLifecycle.WhoMakes(ResponseStatus.Submitted));
        Assert.Equal(StepActor.Reviewer, RoundLifecycle.WhoMakes(ResponseStatus.Returned));
        Assert.Equal(StepActor.Reviewer, RoundLifecycle.WhoMakes(ResponseStatus.Accepted));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundLifecycle.WhoMakes(ResponseStatus.Draft));
    }

    [Theory]
    [InlineData(ResponseStatus.Draft, RoundStatus.Open, null)]
    [InlineData(ResponseStatus.Returned, RoundStatus.Open, null)]
    [InlineData(ResponseStatus.Submitted, RoundStatus.Open, AnswerLockReason.ResponseReadOnly)]
    [InlineData(ResponseStatus.Accepted, RoundStatus.Open, AnswerLockReason.ResponseReadOnly)]
    [InlineData(ResponseStatus.Draft, RoundStatus.Draft, AnswerLockReason.RoundNotOpen)]
    [InlineData(ResponseStatus.Draft, RoundStatus.Closed, AnswerLockReason.RoundNotOpen)]
    [InlineData(ResponseStatus.Returned, RoundStatus.Published, AnswerLockReason.RoundNotOpen)]
    public void Answers_change_only_in_a_draft_or_returned_response_of_an_open_round(
        ResponseStatus response, RoundStatus round, AnswerLockReason? expected) =>
        Assert.Equal(expected, RoundLifecycle.AnswersLocked(response, round)?.Reason);

    [Fact]
    public void The_lock_message_says_what_to_do()
    {
        Assert.Equal("The round is closed; answers can only change while it is open.",
            RoundLifecycle.AnswersLocked(ResponseStatus.Draft, RoundStatus.Closed)!.Message);
        Assert.Equal("This response is submitted and read-only; an evaluator must return it before answers can change.",
            RoundLifecycle.AnswersLocked(ResponseStatus.Submitted, RoundStatus.Open)!.Message);
    }

    [Fact]
    public void Only_a_published_round_freezes_its_reconciled_answers_and_only_a_draft_is_unstarted()
    {
        Assert.Equal([RoundStatus.Published], Enum.GetValues<RoundStatus>().Where(s => RoundLifecycle.ReconciliationLocked(s) is not null));
        Assert.Equal([RoundStatus.Draft], Enum.GetValues<RoundStatus>().Where(s => !RoundLifecycle.IsStarted(s)));
        Assert.Equal([ResponseStatus.Submitted, ResponseStatus.Accepted], Enum.GetValues<ResponseStatus>().Where(RoundLifecycle.IsDone));
    }
}
