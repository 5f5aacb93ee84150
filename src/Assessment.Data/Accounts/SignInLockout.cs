using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Accounts;

/// <summary>How many failed sign-ins within a window lock an account, and for how long (ASVS 2.2.1).</summary>
public sealed record LockoutRules(int MaxFailures, TimeSpan Window, TimeSpan Duration)
{
    public static readonly LockoutRules Default = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
}

/// <summary>Per-account lockout after repeated failed sign-ins. The sign-in page says the same for a locked account as for a wrong password.</summary>
public sealed class SignInLockout(AssessmentDb db, LockoutRules rules)
{
    public bool IsLocked(Account account) =>
        account.LockedUntil is { } until && Clock.Parse(until) > db.Time.GetUtcNow();

    /// <summary>Counts a failure; returns true when this one locks the account.</summary>
    public bool RecordFailure(long id) =>
        db.Writer.Write((c, tx) =>
        {
            var now = db.Time.GetUtcNow();
            var state = c.QuerySingle<(long Failures, string? First)>(
                // Locked: failures counted at once on two nodes must add up, or parallel guesses would never lock the account.
                $"SELECT failed_sign_ins, first_failure_at FROM accounts WHERE id = @id {db.Dialect.ForUpdate("accounts")}", new { id }, tx);
            var windowOpen = state.First is { } first && now - Clock.Parse(first) < rules.Window;
            var failures = windowOpen ? state.Failures + 1 : 1;
            var firstAt = windowOpen ? state.First : Clock.Format(now);
            if (failures < rules.MaxFailures)
            {
                c.Execute("UPDATE accounts SET failed_sign_ins = @failures, first_failure_at = @firstAt WHERE id = @id", new { id, failures, firstAt }, tx);
                return false;
            }
            var until = Clock.Format(now + rules.Duration);
            c.Execute("UPDATE accounts SET failed_sign_ins = 0, first_failure_at = NULL, locked_until = @until WHERE id = @id", new { id, until }, tx);
            AuditLog.Append(c, tx, Clock.Format(now), "sign-in", "account.lockout", AccountStore.UserNameOf(c, tx, id), null,
                $"locked until {until} after {failures} failed sign-ins");
            return true;
        });

    public void RecordSuccess(long id) =>
        db.Writer.Write((c, tx) => c.Execute(
            "UPDATE accounts SET failed_sign_ins = 0, first_failure_at = NULL, locked_until = NULL WHERE id = @id AND (failed_sign_ins > 0 OR locked_until IS NOT NULL)",
            new { id }, tx));
}
