using Assessment.Core.Rounds;

namespace Assessment.Data.Accounts;

public static class Roles
{
    public const string Administrator = "administrator";
    public const string Evaluator = "evaluator";
    public const string SelfAssessor = "self_assessor";
    public const string Researcher = "researcher";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Administrator, Evaluator, SelfAssessor, Researcher };

    /// <summary>The kind of rater a role is, for Core's rules of who answers in which round mode; null for the others.</summary>
    public static RaterKind? RaterKindOf(string role) => role switch
    {
        Evaluator => Core.Rounds.RaterKind.Evaluator,
        SelfAssessor => Core.Rounds.RaterKind.SelfAssessor,
        _ => null,
    };
}

/// <summary>A person who signs in. JurisdictionCode is set for self-assessors only (their own jurisdiction).</summary>
public sealed record Account
{
    public required long Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required string Role { get; init; }
    public required bool IsLead { get; init; }
    public string? JurisdictionCode { get; init; }
    public string? PasswordHash { get; init; }
    public required string CreatedAt { get; init; }
    public bool IsDisabled { get; init; }
    /// <summary>The password was set by someone else (one-time) and must be changed before any page opens.</summary>
    public bool MustChangePassword { get; init; }
    /// <summary>Changes whenever the account is disabled, its roles change or its password is set; sessions end then.</summary>
    public string SecurityStamp { get; init; } = "";
    public string? LockedUntil { get; init; }
    public bool IsDemo { get; init; }
    public string? Email { get; init; }
    /// <summary>When the password was last set (null: never, or before migration 0008 for chosen passwords).</summary>
    public string? PasswordSetAt { get; init; }

    /// <summary>Which rounds' questionnaires the account answers (Core's RoundModes.MayRate); null: none.</summary>
    public RaterKind? RaterKind => Roles.RaterKindOf(Role);

    /// <summary>A one-time password set longer than <paramref name="lifetime"/> ago no longer signs in (OWASP ASVS 2.3.1).</summary>
    public bool OneTimePasswordExpired(DateTimeOffset now, TimeSpan lifetime) =>
        MustChangePassword && PasswordSetAt is { } set && Database.Clock.Parse(set) + lifetime < now;
}

public sealed record NewAccount(string UserName, string DisplayName, string Role, bool IsLead = false, string? JurisdictionCode = null,
    string? PasswordHash = null, bool MustChangePassword = false, bool IsDemo = false, string? Email = null);

public enum AccountProblem { EmptyUserName, UnknownRole, JurisdictionMismatch, UnknownJurisdiction, UserNameTaken, LastAdministrator, NotFound }

/// <summary>A change the account rules refuse. The message is for the command line and logs; pages word the problem.</summary>
public sealed class AccountException(AccountProblem problem, string message) : ArgumentException(message)
{
    public AccountProblem Problem { get; } = problem;
}
