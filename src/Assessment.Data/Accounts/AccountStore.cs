using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Accounts;

public static class Roles
{
    public const string Administrator = "administrator";
    public const string Evaluator = "evaluator";
    public const string SelfAssessor = "self_assessor";
    public const string Researcher = "researcher";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Administrator, Evaluator, SelfAssessor, Researcher };
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
}

public sealed record NewAccount(string UserName, string DisplayName, string Role, bool IsLead = false, string? JurisdictionCode = null, string? PasswordHash = null);

/// <summary>Accounts. Password hashing is the web app's job; this only stores the hash it is given.</summary>
public sealed class AccountStore(AssessmentDb db)
{
    private const string Columns = """
        id AS Id, user_name AS UserName, display_name AS DisplayName, role AS Role, is_lead AS IsLead,
        jurisdiction_code AS JurisdictionCode, password_hash AS PasswordHash, created_at AS CreatedAt
        """;

    /// <exception cref="ArgumentException">Unknown role, empty name, a taken user name, or a jurisdiction that does not fit the role.</exception>
    public Account Create(NewAccount a, string actor)
    {
        var userName = a.UserName.Trim();
        if (userName.Length == 0) throw new ArgumentException("The user name is empty.");
        if (!Roles.All.Contains(a.Role))
            throw new ArgumentException($"Unknown role '{a.Role}'; use one of {string.Join(", ", Roles.All)}.");
        if ((a.Role == Roles.SelfAssessor) != (a.JurisdictionCode is not null))
            throw new ArgumentException("A self-assessor needs a jurisdiction, and only a self-assessor has one.");

        var id = db.Writer.Write((c, tx) =>
        {
            if (c.ExecuteScalar<long>("SELECT count(*) FROM accounts WHERE normalized_user_name = @n", new { n = Normalize(userName) }, tx) > 0)
                throw new ArgumentException($"The user name '{userName}' is taken.");
            if (a.JurisdictionCode is not null &&
                c.ExecuteScalar<long>("SELECT count(*) FROM jurisdictions WHERE code = @code", new { code = a.JurisdictionCode }, tx) == 0)
                throw new ArgumentException($"Unknown jurisdiction '{a.JurisdictionCode}'.");
            var at = Clock.Stamp(db.Time);
            var newId = c.ExecuteScalar<long>("""
                INSERT INTO accounts (user_name, normalized_user_name, display_name, role, is_lead, jurisdiction_code, password_hash, created_at)
                VALUES (@userName, @normalized, @DisplayName, @Role, @IsLead, @JurisdictionCode, @PasswordHash, @at)
                RETURNING id
                """, new { userName, normalized = Normalize(userName), a.DisplayName, a.Role, a.IsLead, a.JurisdictionCode, a.PasswordHash, at }, tx);
            AuditLog.Append(c, tx, at, actor, "account", userName, null,
                $"{a.DisplayName} | {a.Role} | lead {a.IsLead} | {a.JurisdictionCode ?? "-"}");
            return newId;
        });
        return Find(id)!;
    }

    public Account? Find(long id)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Account>($"SELECT {Columns} FROM accounts WHERE id = @id", new { id });
    }

    /// <summary>Case-insensitive, as sign-in expects.</summary>
    public Account? FindByUserName(string userName)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Account>(
            $"SELECT {Columns} FROM accounts WHERE normalized_user_name = @n", new { n = Normalize(userName.Trim()) });
    }

    public IReadOnlyList<Account> List()
    {
        using var c = db.OpenRead();
        return c.Query<Account>($"SELECT {Columns} FROM accounts ORDER BY user_name").ToList();
    }

    public void SetPasswordHash(long id, string passwordHash, string actor) =>
        db.Writer.Write((c, tx) =>
        {
            var userName = UserNameOf(c, tx, id);
            c.Execute("UPDATE accounts SET password_hash = @passwordHash WHERE id = @id", new { id, passwordHash }, tx);
            // The hash itself is not copied into the audit trail: the trail is readable by more people than the table.
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.password", userName, null, "changed");
            return 0;
        });

    /// <exception cref="ArgumentException">Unknown role or a jurisdiction that does not fit the role.</exception>
    public void SetRole(long id, string role, bool isLead, string? jurisdictionCode, string actor)
    {
        if (!Roles.All.Contains(role))
            throw new ArgumentException($"Unknown role '{role}'; use one of {string.Join(", ", Roles.All)}.");
        if ((role == Roles.SelfAssessor) != (jurisdictionCode is not null))
            throw new ArgumentException("A self-assessor needs a jurisdiction, and only a self-assessor has one.");
        db.Writer.Write((c, tx) =>
        {
            var old = c.QuerySingle<(string Role, long IsLead, string? Jurisdiction)>(
                "SELECT role, is_lead, jurisdiction_code FROM accounts WHERE id = @id", new { id }, tx);
            c.Execute("UPDATE accounts SET role = @role, is_lead = @isLead, jurisdiction_code = @jurisdictionCode WHERE id = @id",
                new { id, role, isLead, jurisdictionCode }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.role", UserNameOf(c, tx, id),
                $"{old.Role} | lead {old.IsLead == 1} | {old.Jurisdiction ?? "-"}", $"{role} | lead {isLead} | {jurisdictionCode ?? "-"}");
            return 0;
        });
    }

    private static string UserNameOf(SqliteConnection c, SqliteTransaction tx, long id) =>
        c.QuerySingleOrDefault<string>("SELECT user_name FROM accounts WHERE id = @id", new { id }, tx)
        ?? throw new ArgumentException($"No account has id {id}.");

    internal static string Normalize(string userName) => userName.ToUpperInvariant();
}
