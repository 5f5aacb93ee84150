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
}
