using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Accounts;

public class SignInLockoutTests
{
    private sealed class Time(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public void Five_failures_within_fifteen_minutes_lock_the_account_for_fifteen_minutes(Provider provider)
    {
        using var temp = new TempFolder();
        var time = new Time(Start);
        using var db = temp.OpenDb(provider, time);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "t");
        var lockout = new SignInLockout(db, LockoutRules.Default);

        var locks = new List<bool>();
        for (var i = 0; i < 5; i++) { locks.Add(lockout.RecordFailure(bob.Id)); time.Now += TimeSpan.FromMinutes(3); }

        Assert.Equal([false, false, false, false, true], locks);
        Assert.Equal("2026-12-02T08:27:00.0000000Z", accounts.Find(bob.Id)!.LockedUntil); // the 5th failure at 08:12 + 15 min
        time.Now = Start + TimeSpan.FromMinutes(26);
        Assert.True(lockout.IsLocked(accounts.Find(bob.Id)!));
        time.Now = Start + TimeSpan.FromMinutes(27);
        Assert.False(lockout.IsLocked(accounts.Find(bob.Id)!));
        Assert.Contains("after 5 failed sign-ins", Assert.Single(AuditLog.For(db, "account.lockout", "bob")).NewValue);
    }

    [Theory, SqliteData, PostgresData]
    public void Failures_further_apart_than_the_window_start_a_new_count_and_a_success_clears_it(Provider provider)
    {
        using var temp = new TempFolder();
        var time = new Time(Start);
        using var db = temp.OpenDb(provider, time);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "t");
        var lockout = new SignInLockout(db, new LockoutRules(3, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)));

        lockout.RecordFailure(bob.Id);
        lockout.RecordFailure(bob.Id);
        time.Now += TimeSpan.FromMinutes(11);
        Assert.False(lockout.RecordFailure(bob.Id)); // first of a new window
        lockout.RecordSuccess(bob.Id);
        Assert.False(lockout.RecordFailure(bob.Id));
        Assert.False(lockout.RecordFailure(bob.Id));
        Assert.True(lockout.RecordFailure(bob.Id));
        Assert.Equal("2026-12-02T08:41:00.0000000Z", accounts.Find(bob.Id)!.LockedUntil);
    }
}
