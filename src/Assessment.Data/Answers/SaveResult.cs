namespace Assessment.Data.Answers;

/// <summary>What one answer save did. Expected outcomes are values, not exceptions, so a page can show each one.</summary>
public abstract record SaveResult
{
    private SaveResult() { }

    /// <summary>Committed; <paramref name="Version"/> is the version to send with the next save of this answer.</summary>
    public sealed record Saved(long Version) : SaveResult;

    /// <summary>The stored answer already says exactly this (a repeated save); nothing was written.</summary>
    public sealed record Unchanged(long Version) : SaveResult;

    /// <summary>Someone changed the answer since the caller read it; nothing was written. Show them what is there now.</summary>
    public sealed record Conflict(string? CurrentValue, bool CurrentIsNa, string By, DateTimeOffset At, long CurrentVersion) : SaveResult;

    /// <summary>The value does not fit the item; the message names the item.</summary>
    public sealed record Invalid(string Message) : SaveResult;

    /// <summary>The response or round does not accept changes now.</summary>
    public sealed record ReadOnly(string Message) : SaveResult;

    /// <summary>
    /// The server's disk (or the database's size limit) is full: nothing was written, and every answer stored before
    /// is intact. The same save succeeds once space returns.
    /// </summary>
    public sealed record StorageFull : SaveResult;
}

/// <summary>
/// One answer to save. <paramref name="ExpectedVersion"/> is the version the caller read (0 = it saw no answer);
/// <paramref name="Value"/> is answer text (AnswerText): empty clears the answer.
/// </summary>
public sealed record AnswerWrite(
    long ResponseId, string ItemId, string? Value, long ExpectedVersion, long ActorId,
    string? EvidenceText = null, string? EvidenceLink = null);

/// <summary>A stored answer as a page shows it. Value is canonical AnswerText, null when cleared.</summary>
public sealed record StoredAnswer(
    string ItemId, string? Value, bool IsNa, string? EvidenceText, string? EvidenceLink, long Version, string UpdatedBy, string UpdatedAt);
