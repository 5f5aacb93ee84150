namespace Assessment.Core.Rounds;

/// <summary>Who makes a step of a round's or a response's life.</summary>
public enum StepActor
{
    /// <summary>An administrator: opens, closes and publishes rounds.</summary>
    RoundManager,
    /// <summary>The rater whose response it is: submits it.</summary>
    OwnRater,
    /// <summary>A lead evaluator who is not the response's rater: returns or accepts it.</summary>
    Reviewer,
}

/// <summary>
/// The life cycle of rounds and responses: which steps exist, which a round's status allows, who makes each, and
/// when answers are locked. The store checks each step inside the transaction that makes it; the services check who
/// may make it; the pages offer only the steps this allows.
/// </summary>
public static class RoundLifecycle
{
    /// <summary>The step a round may take from <paramref name="status"/>: at most one (none once published).</summary>
    public static IReadOnlyList<RoundStatus> NextSteps(RoundStatus status) => status switch
    {
        RoundStatus.Draft => [RoundStatus.Open],
        RoundStatus.Open => [RoundStatus.Closed],
        RoundStatus.Closed => [RoundStatus.Published],
        _ => [],
    };

    /// <summary>
    /// The steps a response may take from <paramref name="status"/>: a submitted response is read-only until a reviewer
    /// returns or accepts it; an accepted one can be returned; a returned one goes back to its rater.
    /// </summary>
    public static IReadOnlyList<ResponseStatus> NextSteps(ResponseStatus status) => status switch
    {
        ResponseStatus.Draft => [ResponseStatus.Submitted],
        ResponseStatus.Submitted => [ResponseStatus.Returned, ResponseStatus.Accepted],
        ResponseStatus.Returned => [ResponseStatus.Submitted],
        ResponseStatus.Accepted => [ResponseStatus.Returned],
        _ => [],
    };

    /// <summary>
    /// Which response steps a round in <paramref name="round"/> allows: raters submit and reviewers return only while
    /// the round is open (a returned response goes back to a rater, who can only edit then); a reviewer may still
    /// accept after the round closed; a draft or published round changes no response.
    /// </summary>
    public static bool Allows(RoundStatus round, ResponseStatus step) => round switch
    {
        RoundStatus.Open => step is ResponseStatus.Submitted or ResponseStatus.Returned or ResponseStatus.Accepted,
        RoundStatus.Closed => step is ResponseStatus.Accepted,
        _ => false,
    };

    public static StepActor WhoMakes(RoundStatus step) => StepActor.RoundManager;

    public static StepActor WhoMakes(ResponseStatus step) => step switch
    {
        ResponseStatus.Submitted => StepActor.OwnRater,
        ResponseStatus.Returned or ResponseStatus.Accepted => StepActor.Reviewer,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "No one moves a response back to draft."),
    };

    /// <summary>Why a response cannot step from <paramref name="from"/> to <paramref name="to"/> now, or null when it can.</summary>
    public static string? Refusal(ResponseStatus from, ResponseStatus to, RoundStatus round) =>
        !NextSteps(from).Contains(to) ? $"the response is {from.Name()}; it cannot become {to.Name()}"
        : !Allows(round, to) ? $"the round is {round.Name()}; the response cannot become {to.Name()} now"
        : null;

    /// <summary>Why a round cannot step from <paramref name="from"/> to <paramref name="to"/>, or null when it can.</summary>
    public static string? Refusal(RoundStatus from, RoundStatus to) =>
        NextSteps(from).Contains(to) ? null
        : $"the round is {from.Name()}; it cannot become {to.Name()} (draft -> open -> closed -> published)";

    /// <summary>
    /// Why answers of a response cannot change now, or null when they can: only while the round is open, and only in a
    /// draft or a returned response (a submitted or accepted one is read-only until a reviewer returns it).
    /// </summary>
    public static AnswerLock? AnswersLocked(ResponseStatus response, RoundStatus round) =>
        round != RoundStatus.Open ? new AnswerLock(AnswerLockReason.RoundNotOpen, response, round)
        : IsDone(response) ? new AnswerLock(AnswerLockReason.ResponseReadOnly, response, round)
        : null;

    /// <summary>
    /// Why a round's reconciled answers cannot change, or null when they can: a published round's results are final.
    /// (Draft rounds have nothing to reconcile; the review pages do not offer them.)
    /// </summary>
    public static string? ReconciliationLocked(RoundStatus round) =>
        round == RoundStatus.Published ? "The round is published; its results no longer change." : null;

    /// <summary>Submitted or accepted: the rater's part is done (counted as done, never overdue).</summary>
    public static bool IsDone(ResponseStatus status) => status is ResponseStatus.Submitted or ResponseStatus.Accepted;

    /// <summary>Whether raters and results may see anything of the round yet (a draft is the administrator's alone).</summary>
    public static bool IsStarted(RoundStatus status) => status != RoundStatus.Draft;
}

public enum AnswerLockReason
{
    RoundNotOpen,
    ResponseReadOnly,
}

/// <summary>Why a response's answers are locked; Message is the sentence the store reports.</summary>
public sealed record AnswerLock(AnswerLockReason Reason, ResponseStatus Response, RoundStatus Round)
{
    public string Message => Reason == AnswerLockReason.RoundNotOpen
        ? $"The round is {Round.Name()}; answers can only change while it is open."
        : $"This response is {Response.Name()} and read-only; an evaluator must return it before answers can change.";
}
