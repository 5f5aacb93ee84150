namespace Assessment.Core.Answers;

/// <summary>
/// An answer's whole stored state: the canonical answer text (null = unanswered or cleared), whether it is NA, and its
/// evidence (blank evidence is none). Two states are the same answer when these four are equal.
/// </summary>
public sealed record AnswerState(string? Value, bool IsNa, string? EvidenceText, string? EvidenceLink)
{
    /// <summary>The state a rater's parsed answer and evidence make: canonical text, evidence trimmed, blank = none.</summary>
    public static AnswerState Of(Answer? answer, string? evidenceText, string? evidenceLink) =>
        new(answer is null ? null : AnswerText.Format(answer), answer is Answer.NotApplicable, Blank(evidenceText), Blank(evidenceLink));

    /// <summary>Nothing to store: no answer and no evidence.</summary>
    public bool IsEmpty => Value is null && EvidenceText is null && EvidenceLink is null;

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>What a write of an answer does to the stored one.</summary>
public abstract record AnswerChange
{
    private AnswerChange() { }

    /// <summary>Nothing to write: the same answer is stored (or nothing is, and nothing was given).</summary>
    public sealed record Unchanged(long Version) : AnswerChange;

    /// <summary>Someone else changed the answer since the writer read it: nothing is written.</summary>
    public sealed record Conflict(long CurrentVersion) : AnswerChange;

    /// <summary>Write the answer as version <paramref name="Version"/> (the first write is version 1).</summary>
    public sealed record Write(long Version) : AnswerChange;

    /// <summary>
    /// The one rule for changing an answer, for saves from the page and for imports alike: an unchanged answer is not
    /// written (no new version, no audit row); a change is checked against the version the writer last saw, when it
    /// says one (a page always does; an import replaces whatever is stored, as the file's author intends); each write
    /// makes the next version.
    /// </summary>
    /// <param name="current">The stored state, or null when the response has no row for the item.</param>
    /// <param name="currentVersion">The stored row's version (0 when there is none).</param>
    /// <param name="proposed">The state to store.</param>
    /// <param name="expectedVersion">The version the writer last saw, or null to write over any version.</param>
    public static AnswerChange Decide(AnswerState? current, long currentVersion, AnswerState proposed, long? expectedVersion)
    {
        if (current is null ? proposed.IsEmpty : current == proposed) return new Unchanged(current is null ? 0 : currentVersion);
        if (expectedVersion is { } expected && expected != currentVersion) return new Conflict(currentVersion);
        return new Write(currentVersion + 1);
    }
}
