using System.CommandLine;
using Assessment.Data.Accounts;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>accounts add|disable|enable|reset-password|list</c>: the first administrator of an installation, and accounts
/// without the web app. A new or reset one-time password is printed alone on the last line, so a script can take it
/// with <c>tail -n 1</c>; it must be changed at the first sign-in.
/// </summary>
public static class AccountsCommand
{
    public static Command Create() => new("accounts", "Create, disable, enable, reset and list accounts")
    {
        Add(), Status("disable", "Disable an account: it cannot sign in and its open sessions end", disabled: true),
        Status("enable", "Enable a disabled account", disabled: false), ResetPassword(), List(),
    };

    private static Command Add()
    {
        var db = CommonOptions.Db();
        var user = CommonOptions.Required("--user", "name", "the user name to sign in with");
        var role = new Option<string>("--role") { Required = true, HelpName = string.Join('|', RoleNames.Typed), Description = "the account's role" };
        role.AcceptOnlyFromAmong([.. RoleNames.Typed]);
        var jurisdiction = CommonOptions.Optional("--jurisdiction", "code", "a self-assessor's jurisdiction");
        var name = CommonOptions.Optional("--name", "display name", "the name shown in the app (the user name when left out)");
        var command = new Command("add", "Create an account with a one-time password (printed on the last line)") { db, user, role, jurisdiction, name };
        command.SetAction(r => RunAdd(r.GetValue(db)!, r.GetValue(user)!, r.GetValue(role)!, r.GetValue(jurisdiction), r.GetValue(name), r.Out(), r.Err()));
        return command;
    }

    public static int RunAdd(string dbPath, string user, string role, string? jurisdiction, string? name, TextWriter stdout, TextWriter stderr)
    {
        var parsed = RoleNames.Parse(role);
        if (parsed is null) { stderr.WriteLine($"unknown role '{role}'; use one of {string.Join(", ", RoleNames.Typed)}"); return 2; }
        using var db = Store.Open(dbPath, stderr, mustExist: false);
        if (db is null) return 2;
        var password = OneTimePassword.New();
        try
        {
            var account = new AccountStore(db).Create(new NewAccount(user, name ?? user.Trim(), parsed.Value.Role, parsed.Value.IsLead, jurisdiction,
                PasswordHashing.OneTime().HashPassword(PasswordHashing.Anyone, password), MustChangePassword: true), Store.Actor);
            stdout.WriteLine($"created {account.UserName} ({RoleNames.Of(account.Role, account.IsLead)}{(account.JurisdictionCode is { } j ? ", " + j : "")}); one-time password, to be changed at first sign-in:");
            stdout.WriteLine(password);
            return 0;
        }
        catch (AccountException e)
        {
            stderr.WriteLine($"accounts add: {e.Message}");
            return 2;
        }
    }

    private static Command Status(string verb, string description, bool disabled)
    {
        var db = CommonOptions.Db();
        var user = CommonOptions.Required("--user", "name", "the account's user name");
        var command = new Command(verb, description) { db, user };
        command.SetAction(r => RunStatus(r.GetValue(db)!, r.GetValue(user)!, disabled, r.Out(), r.Err()));
        return command;
    }

    public static int RunStatus(string dbPath, string user, bool disabled, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        var store = new AccountStore(db);
        if (Find(store, user, stderr) is not { } account) return 2;
        try
        {
            store.SetDisabled(account.Id, disabled, Store.Actor);
        }
        catch (AccountException e)
        {
            stderr.WriteLine($"accounts {(disabled ? "disable" : "enable")}: {e.Message}");
            return 2;
        }
        stdout.WriteLine($"{account.UserName} {(disabled ? "disabled; its open sessions end within a minute" : "enabled")}");
        return 0;
    }

    private static Command ResetPassword()
    {
        var db = CommonOptions.Db();
        var user = CommonOptions.Required("--user", "name", "the account's user name");
        var command = new Command("reset-password", "Give an account a new one-time password (printed on the last line)") { db, user };
        command.SetAction(r => RunResetPassword(r.GetValue(db)!, r.GetValue(user)!, r.Out(), r.Err()));
        return command;
    }

    public static int RunResetPassword(string dbPath, string user, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        var store = new AccountStore(db);
        if (Find(store, user, stderr) is not { } account) return 2;
        var password = OneTimePassword.New();
        store.ResetPassword(account.Id, PasswordHashing.OneTime().HashPassword(account, password), Store.Actor);
        stdout.WriteLine($"{account.UserName}: new one-time password, to be changed at first sign-in; open sessions end within a minute:");
        stdout.WriteLine(password);
        return 0;
    }

    private static Command List()
    {
        var db = CommonOptions.Db();
        var command = new Command("list", "List every account: user name, role, jurisdiction, status") { db };
        command.SetAction(r => RunList(r.GetValue(db)!, r.Out(), r.Err()));
        return command;
    }

    public static int RunList(string dbPath, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        var lockout = new SignInLockout(db, LockoutRules.Default);
        stdout.WriteLine("user_name\trole\tjurisdiction\tstatus\tdisplay_name");
        foreach (var a in new AccountStore(db).List())
        {
            var status = a.IsDisabled ? "disabled" : lockout.IsLocked(a) ? "locked" : a.MustChangePassword ? "one-time password" : "active";
            if (a.IsDemo) status += " (demo)";
            stdout.WriteLine($"{a.UserName}\t{RoleNames.Of(a.Role, a.IsLead)}\t{a.JurisdictionCode ?? "-"}\t{status}\t{a.DisplayName}");
        }
        return 0;
    }

    private static Account? Find(AccountStore store, string user, TextWriter stderr)
    {
        var account = store.FindByUserName(user);
        if (account is null) stderr.WriteLine($"no account has the user name '{user}' (accounts list shows them)");
        return account;
    }
}
