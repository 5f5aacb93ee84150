namespace Assessment.Core.Rounds;

/// <summary>Where a round is in its life: draft -> open -> closed -> published, one step at a time.</summary>
public enum RoundStatus
{
    /// <summary>The administrator's work in progress: raters, assignments and window may still change.</summary>
    Draft,
    /// <summary>Raters answer; leads return and accept.</summary>
    Open,
    /// <summary>No answer changes; leads may still accept.</summary>
    Closed,
    /// <summary>Final: results are public to those who may read them.</summary>
    Published,
}

/// <summary>Where one rater's response is: a draft is submitted, then returned (back to the rater) or accepted.</summary>
public enum ResponseStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}

/// <summary>
/// The one spelling of each status and round mode in storage, exports and URLs (the database's CHECK constraints
/// list the same words). Every reader of a stored status or mode goes through Parse, so an unknown word fails
/// loudly, naming it.
/// </summary>
public static class StoredNames
{
    public static string Name(this RoundStatus status) => status switch
    {
        RoundStatus.Draft => "draft",
        RoundStatus.Open => "open",
        RoundStatus.Closed => "closed",
        RoundStatus.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Name(this ResponseStatus status) => status switch
    {
        ResponseStatus.Draft => "draft",
        ResponseStatus.Submitted => "submitted",
        ResponseStatus.Returned => "returned",
        ResponseStatus.Accepted => "accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Name(this RoundMode mode) => mode switch
    {
        RoundMode.ExternalEvaluation => "external_evaluation",
        RoundMode.SelfAssessment => "self_assessment",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <exception cref="FormatException">Not one of draft, open, closed, published.</exception>
    public static RoundStatus ParseRoundStatus(string name) => TryParseRoundStatus(name, out var status) ? status
        : throw new FormatException($"'{name}' is not a round status (draft, open, closed, published).");

    /// <exception cref="FormatException">Not one of draft, submitted, returned, accepted.</exception>
    public static ResponseStatus ParseResponseStatus(string name) => TryParseResponseStatus(name, out var status) ? status
        : throw new FormatException($"'{name}' is not a response status (draft, submitted, returned, accepted).");

    /// <exception cref="FormatException">Not one of external_evaluation, self_assessment.</exception>
    public static RoundMode ParseRoundMode(string name) => TryParseRoundMode(name, out var mode) ? mode
        : throw new FormatException($"'{name}' is not a round mode (external_evaluation, self_assessment).");

    public static bool TryParseRoundMode(string? name, out RoundMode mode) => TryFind(Enum.GetValues<RoundMode>(), Name, name, out mode);

    public static bool TryParseRoundStatus(string? name, out RoundStatus status) => TryFind(Enum.GetValues<RoundStatus>(), Name, name, out status);

    public static bool TryParseResponseStatus(string? name, out ResponseStatus status) => TryFind(Enum.GetValues<ResponseStatus>(), Name, name, out status);

    private static bool TryFind<T>(T[] values, Func<T, string> nameOf, string? name, out T found) where T : struct, Enum
    {
        foreach (var value in values)
            if (nameOf(value) == name)
            {
                found = value;
                return true;
            }
        found = default;
        return false;
    }
}
