using Assessment.Data.Accounts;
using Assessment.Web.Localization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Assessment.Web.Security;

/// <summary>
/// The person behind the current circuit or request, read from the store on each check, so a role changed or an
/// account removed, disabled or reset by an administrator takes effect at once even while an old cookie is still
/// valid. A one-time password must be changed first: until then the person may do nothing.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, AccountStore accounts)
{
    private Account? fixedAccount;

    /// <summary>
    /// The command line: whoever runs it holds the database file itself, so it reads as an administrator would,
    /// through the same services (and their rules) as the web app, without signing in.
    /// </summary>
    public static CurrentUser Operator(AccountStore accounts) => new(new NobodySignedIn(), accounts)
    {
        fixedAccount = new Account { Id = 0, UserName = "cli", DisplayName = "command line", Role = Roles.Administrator, IsLead = false, CreatedAt = "" },
    };

    public async Task<Account?> GetAsync()
    {
        if (fixedAccount is not null) return fixedAccount;
        var state = await authentication.GetAuthenticationStateAsync();
        if (state.User.AccountId() is not { } id || state.User.MustChangePassword()) return null;
        var account = accounts.Find(id);
        return SessionCheck.StampHolds(state.User, account) && !account!.MustChangePassword ? account : null;
    }

    /// <exception cref="ForbiddenException">Not signed in, or the account's role does not allow it.</exception>
    public async Task<Account> RequireAsync(Permission permission)
    {
        var account = await GetAsync() ?? throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
        return account.Allows(permission) ? account : throw new ForbiddenException(SecurityTexts.NotAllowed.Localized());
    }
}

file sealed class NobodySignedIn : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(new System.Security.Claims.ClaimsPrincipal()));
}
