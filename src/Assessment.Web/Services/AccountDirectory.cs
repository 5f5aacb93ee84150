using Assessment.Data.Accounts;
using Assessment.Web.Security;

namespace Assessment.Web.Services;

/// <summary>The accounts page's reads. Administrators only: the list names every rater.</summary>
public sealed class AccountDirectory(CurrentUser currentUser, AccountStore accounts)
{
    public async Task<IReadOnlyList<Account>> ListAsync()
    {
        await currentUser.RequireAsync(Permission.ManageAccounts);
        // The hash never leaves the service, not even towards a page that would not show it.
        return accounts.List().Select(a => a with { PasswordHash = null }).ToList();
    }
}
