using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Web.Services;

/// <summary>An account as the administration page lists it: no hash, and whether sign-in is locked right now.</summary>
public sealed record AccountRow(Account Account, bool IsLocked);

/// <summary>
/// The account administration page's operations, administrators only (checked here on every call). Every change
/// goes through AccountStore, which audits it with the administrator's user name and the time.
/// </summary>
public sealed class AccountAdministration(CurrentUser currentUser, AccountStore accounts, SignInLockout lockout, AssessmentDb db)
{
    private static readonly IPasswordHasher<Account> OneTime = PasswordHashing.OneTime();

    public async Task<IReadOnlyList<AccountRow>> ListAsync()
    {
        await currentUser.RequireAsync(Permission.ManageAccounts);
        // The hash never leaves the service, not even towards a page that would not show it.
        return accounts.List().Select(a => new AccountRow(a with { PasswordHash = null }, lockout.IsLocked(a))).ToList();
    }

    /// <summary>Creates the account with a one-time password, returned once for the administrator to pass on.</summary>
    /// <exception cref="AccountException">The role, jurisdiction or user name the rules refuse.</exception>
    public async Task<IssuedPassword> CreateAsync(string userName, string displayName, string typedRole, string? jurisdictionCode)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        var (role, isLead) = RoleNames.Parse(typedRole) ?? throw new AccountException(AccountProblem.UnknownRole, $"Unknown role '{typedRole}'.");
        var password = OneTimePassword.New();
        var name = displayName.Trim() is { Length: > 0 } n ? n : userName.Trim();
        var code = role == Roles.SelfAssessor ? NullIfEmpty(jurisdictionCode) : null;
        var account = accounts.Create(new NewAccount(userName, name, role, isLead, code,
            OneTime.HashPassword(PasswordHashing.Anyone, password), MustChangePassword: true), admin.UserName);
        return new IssuedPassword(account.UserName, account.DisplayName, typedRole, account.JurisdictionCode, null, password);
    }

    /// <exception cref="AccountException">The last active administrator demoted, or a role and jurisdiction that do not fit.</exception>
    public async Task UpdateAsync(long id, string displayName, string typedRole, string? jurisdictionCode)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        var current = accounts.Find(id) ?? throw new AccountException(AccountProblem.NotFound, $"No account has id {id}.");
        var (role, isLead) = RoleNames.Parse(typedRole) ?? throw new AccountException(AccountProblem.UnknownRole, $"Unknown role '{typedRole}'.");
        var code = role == Roles.SelfAssessor ? NullIfEmpty(jurisdictionCode) : null;
        if (displayName.Trim() != current.DisplayName) accounts.SetDisplayName(id, displayName, admin.UserName);
        // Only a real change of role or jurisdiction replaces the stamp (and so signs the person out).
        if ((role, isLead, code) != (current.Role, current.IsLead, current.JurisdictionCode)) accounts.SetRole(id, role, isLead, code, admin.UserName);
    }

    /// <exception cref="AccountException">Disabling the last active administrator.</exception>
    public async Task SetDisabledAsync(long id, bool disabled)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        accounts.SetDisabled(id, disabled, admin.UserName);
    }

    /// <summary>A new one-time password, returned once; the account's open sessions end within a minute.</summary>
    public async Task<string> ResetPasswordAsync(long id)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        var password = OneTimePassword.New();
        accounts.ResetPassword(id, OneTime.HashPassword(PasswordHashing.Anyone, password), admin.UserName);
        return password;
    }

    public async Task SignOutEverywhereAsync(long id)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        accounts.SignOutEverywhere(id, admin.UserName);
    }

    /// <summary>Bulk provisioning from CSV, all or nothing; the one-time passwords come back once, for distribution.</summary>
    public async Task<ProvisioningResult> ProvisionAsync(TextReader csv)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageAccounts);
        return AccountProvisioning.Import(db, csv, admin.UserName);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
