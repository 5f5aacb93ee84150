using Assessment.Data.Accounts;
using Assessment.Data.Jurisdictions;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Data.Tests.Cli;

public class AccountsCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Assessment.Cli.Cli.Run(["accounts", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string LastLine(string output) => output.TrimEnd('\n', '\r').Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public void Add_prints_a_one_time_password_alone_on_the_last_line_that_signs_in_and_must_be_changed()
    {
        using var temp = new TempFolder();
        var dbFile = temp.File("assessment.db");

        var (code, output, _) = Run("add", "--db", dbFile, "--user", "root", "--role", "administrator", "--name", "首位管理员");

        Assert.Equal(0, code);
        var password = LastLine(output);
        Assert.Matches("^[A-Za-z0-9]{16}$", password);
        using var db = temp.OpenDb();
        var root = new AccountStore(db).FindByUserName("root")!;
        Assert.Equal(("首位管理员", Roles.Administrator, true), (root.DisplayName, root.Role, root.MustChangePassword));
        Assert.NotEqual(PasswordVerificationResult.Failed, PasswordHashing.Create().VerifyHashedPassword(root, root.PasswordHash!, password));
    }

    [Theory]
    [InlineData("superuser' not recognized", "--role", "superuser", "--user", "x")]
    [InlineData("A self-assessor needs a jurisdiction", "--role", "self-assessor", "--user", "x")]
    [InlineData("Unknown jurisdiction '9999'", "--role", "self-assessor", "--user", "x", "--jurisdiction", "9999")]
    [InlineData("The user name 'Taken' is taken", "--role", "researcher", "--user", "Taken")]
    public void Add_refuses_bad_input_with_a_message_and_exit_code_2(string message, params string[] args)
    {
        using var temp = new TempFolder();
        var dbFile = temp.File("assessment.db");
        using (var db = temp.OpenDb())
        {
            new JurisdictionStore(db).Upsert([new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null)], "manual", "t");
            new AccountStore(db).Create(new NewAccount("taken", "T", Roles.Researcher), "t");
        }

        var (code, output, err) = Run(["add", "--db", dbFile, .. args]);

        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", output);
    }

    [Fact]
    public void Disable_enable_reset_and_list()
    {
        using var temp = new TempFolder();
        var dbFile = temp.File("assessment.db");
        Run("add", "--db", dbFile, "--user", "root", "--role", "administrator");
        Run("add", "--db", dbFile, "--user", "lead1", "--role", "lead");

        Assert.Equal(2, Run("disable", "--db", dbFile, "--user", "root").Code); // the last administrator
        Assert.Equal(0, Run("disable", "--db", dbFile, "--user", "lead1").Code);
        Assert.Contains("lead1\tlead\t-\tdisabled\tlead1", Run("list", "--db", dbFile).Out);
        Assert.Equal(0, Run("enable", "--db", dbFile, "--user", "lead1").Code);
        var (code, output, _) = Run("reset-password", "--db", dbFile, "--user", "LEAD1");
        Assert.Equal(0, code);
        Assert.Matches("^[A-Za-z0-9]{16}$", LastLine(output));
        Assert.Contains("lead1\tlead\t-\tone-time password\tlead1", Run("list", "--db", dbFile).Out);
        Assert.Equal(2, Run("reset-password", "--db", dbFile, "--user", "nobody").Code);
    }
}
