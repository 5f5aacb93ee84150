using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Assessment.Web.Security;

/// <summary>
/// Re-checks an open circuit's session every RevalidationInterval (30 s by default, never more than a minute), so
/// an account disabled, given new roles or a new password loses every open tab: the circuit's user becomes
/// anonymous and the pages send it to sign-in.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggers, AccountStore accounts, SecurityOptions options, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => options.Revalidation;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        Task.FromResult(state.User.AccountId() is not { } id || SessionCheck.Holds(state.User, accounts.Find(id), time.GetUtcNow(), options));
}
