using Assessment.Data.Accounts;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Data.Tests.Accounts;

public class AccountProvisioningTests
{
    private static void Jurisdictions(Assessment.Data.Database.AssessmentDb db) => new JurisdictionStore(db).Upsert(
    [
        new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
        new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
    ], "manual", "t");

    [Theory, SqliteData, PostgresData]
    public void Every_bad_line_is_reported_with_its_number_and_nothing_is_created(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        Jurisdictions(db);
        new AccountStore(db).Create(new NewAccount("taken", "T", Roles.Researcher), "t");
        var csv = """
            user_name,display_name,role,jurisdiction_code,email
            hz,杭州市自评员,self-assessor,3301,hz@example.cn
            nojur,No jurisdiction,self-assessor,,
            ev,Evaluator,evaluator,3301,
            x,Unknown role,superuser,,
            y,Unknown place,self-assessor,9999,
            Taken,Taken,researcher,,
            HZ,Twice,lead,,
            z,Bad mail,researcher,,not-an-address
            """;

        var result = AccountProvisioning.Import(db, new StringReader(csv), "admin");

        Assert.False(result.Ok);
        Assert.Equal(
        [
            "3: column jurisdiction_code: a self-assessor needs one",
            "4: column jurisdiction_code: only a self-assessor has one",
            "5: column role: 'superuser' is not one of administrator, evaluator, lead, self-assessor, researcher",
            "6: column jurisdiction_code: '9999' is not a known jurisdiction",
            "7: column user_name: 'Taken' is taken",
            "8: column user_name: 'HZ' is already on line 2",
            "9: column email: 'not-an-address' is not an e-mail address",
        ], result.Problems.Select(p => $"{p.Line}: {p.Message}"));
        Assert.Single(new AccountStore(db).List());
    }

    [Theory, SqliteData, PostgresData]
    public void Good_lines_become_accounts_with_one_time_passwords_that_verify(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        Jurisdictions(db);
        var csv = "user_name,display_name,role,jurisdiction_code\nhz,杭州市自评员,self-assessor,3301\nlead1,Lead One,lead,\n";

        var result = AccountProvisioning.Import(db, new StringReader(csv), "admin");

        Assert.True(result.Ok);
        var accounts = new AccountStore(db);
        var hz = accounts.FindByUserName("hz")!;
        Assert.Equal((Roles.SelfAssessor, "3301", true), (hz.Role, hz.JurisdictionCode, hz.MustChangePassword));
        Assert.True(accounts.FindByUserName("lead1")!.IsLead);
        var issued = result.Issued[0];
        Assert.Equal("hz", issued.UserName);
        Assert.NotEqual(PasswordVerificationResult.Failed, PasswordHashing.Create().VerifyHashedPassword(hz, hz.PasswordHash!, issued.OneTimePassword));

        var output = new StringWriter();
        AccountProvisioning.WritePasswords(result.Issued, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("user_name,display_name,role,jurisdiction_code,email,one_time_password", lines[0].TrimEnd('\r'));
        Assert.Equal($"hz,杭州市自评员,self-assessor,3301,,{issued.OneTimePassword}", lines[1].TrimEnd('\r'));
    }
}
