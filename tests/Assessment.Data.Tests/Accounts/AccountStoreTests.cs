using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Accounts;

public class AccountStoreTests
{
    [Theory, SqliteData, PostgresData]
    public void Should_create_find_case_insensitively_and_list(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);

        var alice = accounts.Create(new NewAccount("Alice", "Alice Wang", Roles.Evaluator, IsLead: true, PasswordHash: "h1"), "admin");

        Assert.Equal(alice, accounts.FindByUserName("alice"));
        Assert.True(alice.IsLead);
        Assert.Equal("h1", alice.PasswordHash);
        Assert.Single(accounts.List());
        Assert.Throws<AccountException>(() => accounts.Create(new NewAccount("ALICE", "Other", Roles.Researcher), "admin"));
    }

    [Theory, SqliteData, PostgresData]
    public void A_self_assessor_needs_a_known_jurisdiction_and_others_have_none(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert([new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null)], "manual", "t");
        var accounts = new AccountStore(db);

        Assert.Throws<AccountException>(() => accounts.Create(new NewAccount("a", "A", Roles.SelfAssessor), "t"));
        Assert.Throws<AccountException>(() => accounts.Create(new NewAccount("b", "B", Roles.Evaluator, JurisdictionCode: "33"), "t"));
        Assert.Throws<AccountException>(() => accounts.Create(new NewAccount("c", "C", Roles.SelfAssessor, JurisdictionCode: "99"), "t"));
        Assert.Throws<AccountException>(() => accounts.Create(new NewAccount("d", "D", "superuser"), "t"));
        Assert.Equal("33", accounts.Create(new NewAccount("e", "E", Roles.SelfAssessor, JurisdictionCode: "33"), "t").JurisdictionCode);
    }

    [Theory, SqliteData, PostgresData]
    public void Password_and_role_changes_are_stored_and_audited_without_the_hash(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Researcher), "admin");

        accounts.SetPasswordHash(bob.Id, "secret-hash", "admin");
        accounts.SetRole(bob.Id, Roles.Evaluator, isLead: true, jurisdictionCode: null, "admin");

        var stored = accounts.Find(bob.Id)!;
        Assert.Equal(("secret-hash", Roles.Evaluator, true), (stored.PasswordHash, stored.Role, stored.IsLead));
        Assert.DoesNotContain(AuditLog.For(db, "account.password", "bob"), e => (e.NewValue ?? "").Contains("secret-hash"));
        Assert.Contains(AuditLog.For(db, "account.role", "bob"), e => e.OldValue!.StartsWith("researcher") && e.NewValue!.StartsWith("evaluator"));
    }
}
