namespace Assessment.Core.Accounts;

/// <summary>
/// A user name names one account whatever its case ("Wang" and "wang", as ASP.NET Core Identity does): names are
/// compared by their upper-invariant form, the form the accounts table keeps unique. Sign-in, the account and answer
/// imports and the grouping of a file's raters all use this one rule, so a name that signs in as an account is that
/// account's rater everywhere.
/// </summary>
public static class UserName
{
    public static string Normalize(string userName) => userName.ToUpperInvariant();

    /// <summary>Equal when <see cref="Normalize"/> makes them equal; a key keeps the spelling that came first.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new NormalizedComparer();

    private sealed class NormalizedComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(Normalize(x), Normalize(y), StringComparison.Ordinal));

        public int GetHashCode(string name) => StringComparer.Ordinal.GetHashCode(Normalize(name));
    }
}
