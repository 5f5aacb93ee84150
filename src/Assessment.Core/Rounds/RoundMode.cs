namespace Assessment.Core.Rounds;

/// <summary>Who rates a round: evaluators from outside, or each jurisdiction its own officials.</summary>
public enum RoundMode
{
    /// <summary>Evaluators chosen by the administrator rate every jurisdiction of the round.</summary>
    ExternalEvaluation,
    /// <summary>Each jurisdiction rates itself, through its own self-assessors.</summary>
    SelfAssessment,
}

/// <summary>The kinds of account that answer rounds (the roles evaluator and self_assessor).</summary>
public enum RaterKind
{
    Evaluator,
    SelfAssessor,
}

/// <summary>Why an account may not answer for a jurisdiction in a round of a given mode.</summary>
public enum RaterRefusal
{
    /// <summary>An external evaluation is rated by evaluators only.</summary>
    NotEvaluator,
    /// <summary>A self-assessment is answered by self-assessors only.</summary>
    NotSelfAssessor,
    /// <summary>A self-assessor answers for their own jurisdiction only.</summary>
    OtherJurisdiction,
}

/// <summary>
/// The rules that depend on a round's mode: who answers in it and when the officials of a rated jurisdiction see its
/// results. The import, the questionnaire, round creation and the dashboards all decide through these.
/// </summary>
public static class RoundModes
{
    /// <summary>The kind of account that answers in a round of <paramref name="mode"/>.</summary>
    public static RaterKind RatedBy(this RoundMode mode) => mode switch
    {
        RoundMode.ExternalEvaluation => RaterKind.Evaluator,
        RoundMode.SelfAssessment => RaterKind.SelfAssessor,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>
    /// Why an account of kind <paramref name="rater"/> (null: neither an evaluator nor a self-assessor), bound to
    /// <paramref name="ownJurisdiction"/> if a self-assessor, may not answer for <paramref name="jurisdiction"/> in a
    /// round of <paramref name="mode"/>; null when it may. Being assigned is checked by the callers.
    /// </summary>
    public static RaterRefusal? MayRate(this RoundMode mode, RaterKind? rater, string? ownJurisdiction, string jurisdiction) =>
        rater != mode.RatedBy() ? (mode == RoundMode.SelfAssessment ? RaterRefusal.NotSelfAssessor : RaterRefusal.NotEvaluator)
        : mode == RoundMode.SelfAssessment && ownJurisdiction != jurisdiction ? RaterRefusal.OtherJurisdiction
        : null;

    /// <summary>
    /// Whether the officials of a jurisdiction the round rates (its self-assessors) may see the round's results now:
    /// their own self-assessment once it is open; an external evaluation only once published, so that they never read
    /// the evaluators' scores of their own jurisdiction while these can still change.
    /// </summary>
    public static bool VisibleToRatedJurisdiction(this RoundMode mode, RoundStatus status) => mode switch
    {
        RoundMode.SelfAssessment => RoundLifecycle.IsStarted(status),
        _ => status == RoundStatus.Published,
    };
}
