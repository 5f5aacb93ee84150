using System.Globalization;
using System.Security.Claims;
using Assessment.Data.Accounts;

namespace Assessment.Web.Security;

/// <summary>
/// Whether a signed-in session still stands: the account exists and is enabled, its security stamp is the one the
/// session was issued with (disabling, new roles or a new password replace it), the absolute lifetime has not run
/// out, and a demo account is signed in only where the demo is switched on. Checked on every request (cookie
/// validation) and every RevalidationInterval on open circuits (SessionRevalidation).
/// </summary>
public static class SessionCheck
{
    public static bool Holds(ClaimsPrincipal user, Account? account, DateTimeOffset now, SecurityOptions options) =>
        StampHolds(user, account)
        && user.FindFirstValue(UserClaims.IssuedAt) is { } issued
        && long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < options.SessionLifetime
        && (!account!.IsDemo || options.DemoEnabled);

    /// <summary>The part every service call checks (CurrentUser): enabled, and the stamp unchanged.</summary>
    public static bool StampHolds(ClaimsPrincipal user, Account? account) =>
        account is { IsDisabled: false } && user.FindFirstValue(UserClaims.Stamp) == account.SecurityStamp;
}
