using System.Data.Common;
using System.Security.Cryptography;
using Assessment.Core.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Accounts;

/// <summary>
/// Accounts. The store never sees a password, only hashes. Every change is audited in its own transaction and, where
/// it should end sessions (disable, roles, password), replaces the security stamp.
/// </summary>
public sealed class AccountStore(AssessmentDb db)
{
    internal const string Columns = """
        id AS Id, user_name AS UserName, display_name AS DisplayName, role AS Role, is_lead AS IsLead,
        jurisdiction_code AS JurisdictionCode, password_hash AS PasswordHash, created_at AS CreatedAt,
        is_disabled AS IsDisabled, must_change_password AS MustChangePassword, security_stamp AS SecurityStamp,
        locked_until AS LockedUntil, is_demo AS IsDemo, email AS Email, password_set_at AS PasswordSetAt
        """;

    /// <exception cref="AccountException">Unknown role, empty name, a taken user name, or a jurisdiction that does not fit the role.</exception>
    public Account Create(NewAccount a, string actor) => Find(CreateMany([a], actor)[0])!;

    /// <summary>All or nothing, in one transaction: a provisioning campaign never leaves half its accounts behind.</summary>
    /// <exception cref="AccountException">The first account the rules refuse (the CSV import checks every line before).</exception>
    public IReadOnlyList<long> CreateMany(IReadOnlyList<NewAccount> accounts, string actor)
    {
        foreach (var a in accounts) CheckShape(a.UserName.Trim(), a.Role, a.JurisdictionCode);
        return db.Writer.Write((c, tx) =>
        {
            var at = Clock.Stamp(db.Time);
            var ids = new List<long>(accounts.Count);
            foreach (var a in accounts)
            {
                var userName = a.UserName.Trim();
                if (a.JurisdictionCode is not null &&
                    c.ExecuteScalar<long>("SELECT count(*) FROM jurisdictions WHERE code = @code", new { code = a.JurisdictionCode }, tx) == 0)
                    throw new AccountException(AccountProblem.UnknownJurisdiction, $"Unknown jurisdiction '{a.JurisdictionCode}'.");
                // The unique key decides a taken name, not a count read before: two nodes creating the same name at once
                // would both count none. ON CONFLICT DO NOTHING returns no id for the second (on PostgreSQL after the
                // first commits), which is then told the name is taken.
                var id = c.ExecuteScalar<long?>("""
                    INSERT INTO accounts (user_name, normalized_user_name, display_name, role, is_lead, jurisdiction_code, password_hash,
                                          created_at, must_change_password, security_stamp, is_demo, email, password_set_at)
                    VALUES (@userName, @normalized, @DisplayName, @Role, @IsLead, @JurisdictionCode, @PasswordHash,
                            @at, @MustChangePassword, @stamp, @IsDemo, @Email, CASE WHEN @PasswordHash IS NULL THEN NULL ELSE @at END)
                    ON CONFLICT (normalized_user_name) DO NOTHING
                    RETURNING id
                    """, new
                {
                    userName,
                    normalized = UserName.Normalize(userName),
                    a.DisplayName,
                    a.Role,
                    IsLead = a.IsLead ? 1 : 0,
                    a.JurisdictionCode,
                    a.PasswordHash,
                    at,
                    MustChangePassword = a.MustChangePassword ? 1 : 0,
                    stamp = NewStamp(),
                    IsDemo = a.IsDemo ? 1 : 0,
                    a.Email,
                }, tx) ?? throw new AccountException(AccountProblem.UserNameTaken, $"The user name '{userName}' is taken.");
                ids.Add(id);
                AuditLog.Append(c, tx, at, actor, "account", userName, null,
                    $"{a.DisplayName} | {a.Role} | lead {a.IsLead} | {a.JurisdictionCode ?? "-"}");
            }
            return ids;
        });
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
            $"SELECT {Columns} FROM accounts WHERE normalized_user_name = @n", new { n = UserName.Normalize(userName.Trim()) });
    }

    public IReadOnlyList<Account> List()
    {
        using var c = db.OpenRead();
        return c.Query<Account>($"SELECT {Columns} FROM accounts ORDER BY user_name").ToList();
    }

    public bool HasDemoAccounts()
    {
        using var c = db.OpenRead();
        return c.ExecuteScalar<long>("SELECT count(*) FROM accounts WHERE is_demo = 1") > 0;
    }

    /// <summary>The account holder's own new password: no longer one-time, and every other session ends.</summary>
    public void SetPasswordHash(long id, string passwordHash, string actor) => SetPassword(id, passwordHash, mustChange: false, actor, "changed");

    /// <summary>A one-time password set by an administrator (or the command line): to be changed at first sign-in.</summary>
    public void ResetPassword(long id, string oneTimeHash, string actor) => SetPassword(id, oneTimeHash, mustChange: true, actor, "reset (one-time)");

    /// <summary>The same password hashed with today's iteration count: not a change, so sessions and the trail stay as they are.</summary>
    public void UpgradeHash(long id, string passwordHash) =>
        db.Writer.Write((c, tx) => c.Execute("UPDATE accounts SET password_hash = @passwordHash WHERE id = @id", new { id, passwordHash }, tx));

    private void SetPassword(long id, string passwordHash, bool mustChange, string actor, string what) =>
        db.Writer.Write((c, tx) =>
        {
            var userName = UserNameOf(c, tx, id);
            c.Execute("""
                UPDATE accounts SET password_hash = @passwordHash, must_change_password = @mustChange, security_stamp = @stamp,
                                    failed_sign_ins = 0, first_failure_at = NULL, locked_until = NULL, password_set_at = @at
                WHERE id = @id
                """, new { id, passwordHash, mustChange = mustChange ? 1 : 0, stamp = NewStamp(), at = Clock.Stamp(db.Time) }, tx);
            // The hash itself is not copied into the audit trail: the trail is readable by more people than the table.
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.password", userName, null, what);
            return 0;
        });

    /// <exception cref="AccountException">Unknown role, a jurisdiction that does not fit the role, or the last active administrator.</exception>
    public void SetRole(long id, string role, bool isLead, string? jurisdictionCode, string actor)
    {
        CheckShape("-", role, jurisdictionCode);
        db.Writer.Write((c, tx) =>
        {
            UserNameOf(c, tx, id);
            // The administrators first, then the account (the same order as SetDisabled's), so two role changes never
            // wait for each other's locks in a circle.
            if (role != Roles.Administrator) RefuseLastAdministrator(c, tx, id);
            // Locked: the audited old role is the one this change replaces, not one another node replaced meanwhile.
            var old = c.QuerySingle<(string Role, long IsLead, string? Jurisdiction)>(
                $"SELECT role, is_lead, jurisdiction_code FROM accounts WHERE id = @id {db.Dialect.ForUpdate("accounts")}", new { id }, tx);
            if (jurisdictionCode is not null &&
                c.ExecuteScalar<long>("SELECT count(*) FROM jurisdictions WHERE code = @jurisdictionCode", new { jurisdictionCode }, tx) == 0)
                throw new AccountException(AccountProblem.UnknownJurisdiction, $"Unknown jurisdiction '{jurisdictionCode}'.");
            c.Execute("""
                UPDATE accounts SET role = @role, is_lead = @isLead, jurisdiction_code = @jurisdictionCode, security_stamp = @stamp
                WHERE id = @id
                """, new { id, role, isLead = isLead ? 1 : 0, jurisdictionCode, stamp = NewStamp() }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.role", UserNameOf(c, tx, id),
                $"{old.Role} | lead {old.IsLead == 1} | {old.Jurisdiction ?? "-"}", $"{role} | lead {isLead} | {jurisdictionCode ?? "-"}");
            return 0;
        });
    }

    public void SetDisplayName(long id, string displayName, string actor)
    {
        var name = displayName.Trim();
        if (name.Length == 0) throw new AccountException(AccountProblem.EmptyUserName, "The display name is empty.");
        db.Writer.Write((c, tx) =>
        {
            var userName = UserNameOf(c, tx, id);
            var old = c.ExecuteScalar<string>($"SELECT display_name FROM accounts WHERE id = @id {db.Dialect.ForUpdate("accounts")}", new { id }, tx);
            c.Execute("UPDATE accounts SET display_name = @name WHERE id = @id", new { id, name }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.name", userName, old, name);
            return 0;
        });
    }

    /// <exception cref="AccountException">Disabling the last active administrator.</exception>
    public void SetDisabled(long id, bool disabled, string actor) =>
        db.Writer.Write((c, tx) =>
        {
            var userName = UserNameOf(c, tx, id);
            if (disabled) RefuseLastAdministrator(c, tx, id);
            c.Execute("UPDATE accounts SET is_disabled = @disabled, security_stamp = @stamp WHERE id = @id",
                new { id, disabled = disabled ? 1 : 0, stamp = NewStamp() }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.status", userName, null, disabled ? "disabled" : "enabled");
            return 0;
        });

    /// <summary>Ends every session of the account (each checks the stamp within a minute) without changing anything else.</summary>
    public void SignOutEverywhere(long id, string actor) =>
        db.Writer.Write((c, tx) =>
        {
            var userName = UserNameOf(c, tx, id);
            c.Execute("UPDATE accounts SET security_stamp = @stamp WHERE id = @id", new { id, stamp = NewStamp() }, tx);
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "account.sessions", userName, null, "signed out everywhere");
            return 0;
        });

    private static void RefuseLastAdministrator(DbConnection c, DbTransaction tx, long id)
    {
        // The decision rests on every active administrator, so all of them are locked, in id order (two demotions
        // lock in the same order and never deadlock): on PostgreSQL a second node demoting or disabling another of
        // the last two waits here, then reads the first's result and is refused. A row lock, not a count: READ
        // COMMITTED would let two counts each see the other administrator still active.
        _ = c.Query<long>($"SELECT id FROM accounts WHERE role = 'administrator' AND is_disabled = 0 ORDER BY id {SqlDialect.Of(c).ForUpdate("accounts")}",
            transaction: tx).AsList();
        var isActiveAdmin = c.ExecuteScalar<long>(
            "SELECT count(*) FROM accounts WHERE id = @id AND role = 'administrator' AND is_disabled = 0", new { id }, tx) > 0;
        if (isActiveAdmin && c.ExecuteScalar<long>(
                "SELECT count(*) FROM accounts WHERE id <> @id AND role = 'administrator' AND is_disabled = 0", new { id }, tx) == 0)
            throw new AccountException(AccountProblem.LastAdministrator, "The last active administrator cannot be disabled or given another role.");
    }

    private static void CheckShape(string userName, string role, string? jurisdictionCode)
    {
        if (userName.Length == 0) throw new AccountException(AccountProblem.EmptyUserName, "The user name is empty.");
        if (!Roles.All.Contains(role))
            throw new AccountException(AccountProblem.UnknownRole, $"Unknown role '{role}'; use one of {string.Join(", ", RoleNames.Typed)}.");
        if ((role == Roles.SelfAssessor) != (jurisdictionCode is not null))
            throw new AccountException(AccountProblem.JurisdictionMismatch, "A self-assessor needs a jurisdiction, and only a self-assessor has one.");
    }

    internal static string UserNameOf(DbConnection c, DbTransaction tx, long id) =>
        c.QuerySingleOrDefault<string>("SELECT user_name FROM accounts WHERE id = @id", new { id }, tx)
        ?? throw new AccountException(AccountProblem.NotFound, $"No account has id {id}.");

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
