using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Accounts;

public class AccountRulesTests
{
    [Theory, SqliteData, PostgresData]
    public void The_last_active_administrator_can_be_neither_disabled_nor_demoted(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var root = accounts.Create(new NewAccount("root", "Root", Roles.Administrator), "cli");
        var second = accounts.Create(new NewAccount("second", "Second", Roles.Administrator), "cli");

        accounts.SetDisabled(second.Id, true, "root");

        Assert.Equal(AccountProblem.LastAdministrator, Assert.Throws<AccountException>(() => accounts.SetDisabled(root.Id, true, "root")).Problem);
        Assert.Equal(AccountProblem.LastAdministrator,
            Assert.Throws<AccountException>(() => accounts.SetRole(root.Id, Roles.Researcher, false, null, "root")).Problem);
        Assert.False(accounts.Find(root.Id)!.IsDisabled);
        Assert.Equal(Roles.Administrator, accounts.Find(root.Id)!.Role);
        accounts.SetDisabled(second.Id, false, "root");
        accounts.SetRole(root.Id, Roles.Researcher, false, null, "second");
        Assert.Equal(Roles.Researcher, accounts.Find(root.Id)!.Role);
    }

    [Theory, SqliteData, PostgresData]
    public void Disabling_changing_roles_resetting_and_signing_out_everywhere_each_replace_the_security_stamp(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "admin");
        var stamps = new List<string> { bob.SecurityStamp };

        accounts.SetDisabled(bob.Id, true, "admin");
        stamps.Add(accounts.Find(bob.Id)!.SecurityStamp);
        accounts.SetRole(bob.Id, Roles.Evaluator, true, null, "admin");
        stamps.Add(accounts.Find(bob.Id)!.SecurityStamp);
        accounts.ResetPassword(bob.Id, "one-time-hash", "admin");
        stamps.Add(accounts.Find(bob.Id)!.SecurityStamp);
        accounts.SignOutEverywhere(bob.Id, "admin");
        stamps.Add(accounts.Find(bob.Id)!.SecurityStamp);
        accounts.SetDisplayName(bob.Id, "Bob Li", "admin");

        Assert.Equal(5, stamps.Distinct().Count());
        Assert.All(stamps, s => Assert.Equal(32, s.Length));
        Assert.Equal(stamps[^1], accounts.Find(bob.Id)!.SecurityStamp);
        Assert.True(accounts.Find(bob.Id)!.MustChangePassword);
    }

    [Theory, SqliteData, PostgresData]
    public void Every_change_is_in_the_audit_trail_with_who_made_it(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "admin");

        accounts.SetDisplayName(bob.Id, "Bob Li", "alice");
        accounts.SetDisabled(bob.Id, true, "alice");
        accounts.SetDisabled(bob.Id, false, "carol");
        accounts.ResetPassword(bob.Id, "h", "carol");
        accounts.SignOutEverywhere(bob.Id, "alice");

        var trail = new[] { "account", "account.name", "account.status", "account.password", "account.sessions" }
            .SelectMany(e => AuditLog.For(db, e, "bob")).OrderBy(e => e.Id).Select(e => $"{e.Actor} {e.Entity} {e.NewValue}").ToList();
        Assert.Equal(
        [
            "admin account Bob | evaluator | lead False | -",
            "alice account.name Bob Li",
            "alice account.status disabled",
            "carol account.status enabled",
            "carol account.password reset (one-time)",
            "alice account.sessions signed out everywhere",
        ], trail);
    }

    [Theory, SqliteData, PostgresData]
    public void The_own_password_change_clears_the_one_time_flag_and_upgrading_a_hash_keeps_sessions(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator, PasswordHash: "old", MustChangePassword: true), "cli");

        accounts.UpgradeHash(bob.Id, "stronger");
        Assert.Equal(bob.SecurityStamp, accounts.Find(bob.Id)!.SecurityStamp);
        Assert.True(accounts.Find(bob.Id)!.MustChangePassword);

        accounts.SetPasswordHash(bob.Id, "chosen", "bob");
        var after = accounts.Find(bob.Id)!;
        Assert.False(after.MustChangePassword);
        Assert.Equal("chosen", after.PasswordHash);
        Assert.NotEqual(bob.SecurityStamp, after.SecurityStamp);
    }

    [Theory, SqliteData, PostgresData]
    public void Creating_many_is_all_or_nothing(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert([new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null)], "manual", "t");
        var accounts = new AccountStore(db);
        accounts.Create(new NewAccount("taken", "T", Roles.Researcher), "t");

        var e = Assert.Throws<AccountException>(() => accounts.CreateMany(
            [new NewAccount("a", "A", Roles.SelfAssessor, JurisdictionCode: "33"), new NewAccount("TAKEN", "B", Roles.Researcher)], "t"));

        Assert.Equal(AccountProblem.UserNameTaken, e.Problem);
        Assert.Null(accounts.FindByUserName("a"));
    }
}
