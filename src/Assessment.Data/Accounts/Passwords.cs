using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Assessment.Data.Accounts;

/// <summary>
/// Password hashing: ASP.NET Core Identity's PasswordHasher (PBKDF2-HMAC-SHA512) at 600,000 iterations, above OWASP's
/// 2023 floor. Hashes made with fewer (the 100,000 of Identity's default, one-time passwords) verify as
/// SuccessRehashNeeded, and sign-in stores a new hash.
/// </summary>
public static class PasswordHashing
{
    public const int Iterations = 600_000;

    /// <summary>
    /// One-time passwords are 16 random characters (about 92 bits): no dictionary reaches them, so stretching buys
    /// nothing, and 3,000 of them must hash well inside 30 s for a provisioning campaign (at 10,000 iterations they
    /// took 93 s on the shared two-core machine). They are replaced at first sign-in.
    /// </summary>
    public const int OneTimeIterations = 1_000;

    public static IPasswordHasher<Account> Create() => WithIterations(Iterations);

    public static IPasswordHasher<Account> OneTime() => WithIterations(OneTimeIterations);

    private static PasswordHasher<Account> WithIterations(int iterations) =>
        new(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));

    /// <summary>The account as the hasher's signature wants it; PasswordHasher does not read it.</summary>
    public static readonly Account Anyone = new() { Id = 0, UserName = "", DisplayName = "", Role = "", IsLead = false, CreatedAt = "" };
}

public static class OneTimePassword
{
    // No 0/O, 1/l/I: the password is read off a printed list and typed by hand.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int Length = 16;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);
}

public enum PasswordProblem { TooShort, TooLong, SameAsUserName, Common }

/// <summary>
/// Password rules after NIST 800-63B and OWASP ASVS 2.1: at least 12 characters, no composition rules, not the user
/// name, not a common password. The list is the 10,000 most common passwords compiled by Mark Burnett, as shipped in
/// the npm package common-password 0.1.2 (ISC licence). A common password with digits or symbols added at the end
/// ("password2026!") counts as common: that is how people stretch a short favourite to the minimum length.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    /// <summary>Long pass phrases are welcome; beyond this the input is not a password (and hashing it costs time).</summary>
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static IReadOnlyList<PasswordProblem> Check(string userName, string password)
    {
        var problems = new List<PasswordProblem>();
        if (password.Length < MinLength) problems.Add(PasswordProblem.TooShort);
        if (password.Length > MaxLength) problems.Add(PasswordProblem.TooLong);
        if (string.Equals(password.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase)) problems.Add(PasswordProblem.SameAsUserName);
        if (IsCommon(password)) problems.Add(PasswordProblem.Common);
        return problems;
    }

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        return Common.Value.Contains(lower) || Common.Value.Contains(lower.TrimEnd("0123456789!@#$%^&*()-_=+.?~ ".ToCharArray()));
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word) set.Add(word.ToLowerInvariant());
        return set;
    }
}
