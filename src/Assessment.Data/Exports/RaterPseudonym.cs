namespace Assessment.Data.Exports;

/// <summary>
/// How exports and reports name a rater: never by name, by a pseudonym derived from the account's id alone, so the
/// same rater has the same pseudonym in every round, every export and every report, and a new rater shifts no one.
/// </summary>
public static class RaterPseudonym
{
    public static string Of(long accountId) => "R" + accountId.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
}
