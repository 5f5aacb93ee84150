using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Assessment.Web.Security;

/// <summary>
/// Sign-in, password change and sign-out as plain HTTP form posts: the cookie cannot be set from an interactive
/// circuit. The page posting here is interactive; the full page load that follows starts a circuit as the new user.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInLimit = "sign-in";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signin", SignInAsync).DisableAntiforgery().RequireRateLimiting(SignInLimit);
        app.MapPost("/account/password", ChangePasswordAsync).DisableAntiforgery().RequireRateLimiting(SignInLimit).RequireAuthorization();
        app.MapPost("/account/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            // A forged cross-site post must not sign anyone out: the token is checked as for sign-in.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.LocalRedirect("/");
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
    }

    private static async Task<IResult> SignInAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        HttpContext http, AccountStore accounts, SignInLockout lockout, IPasswordHasher<Account> hasher, IAntiforgery antiforgery,
        SecurityOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger("Assessment.SignIn");
        var target = LocalUrl.OrHome(returnUrl);
        // Checked here, not by the antiforgery middleware: its refusal went to the error page, which re-ran as the
        // same POST, failed the same check and left a bare 500. A missing or stale token gets a fresh form instead.
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.LocalRedirect($"/signin?returnUrl={Uri.EscapeDataString(target)}");
        var address = LogPrivacy.Network(http.Connection.RemoteIpAddress);
        var account = string.IsNullOrWhiteSpace(userName) || userName.Length > 256 ? null : accounts.FindByUserName(userName);
        if (account?.PasswordHash is null || string.IsNullOrEmpty(password) || password.Length > PasswordPolicy.MaxLength)
        {
            // The same hashing work as a real check, so the response time does not tell which user names exist.
            hasher.HashPassword(PasswordHashing.Anyone, password ?? "");
            log.LogWarning("Sign-in refused: unknown user name or no password, from {Network}", address);
            return Failed(target);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        // Unknown user, wrong password, locked, disabled, demo: one message on the page, the reason in the log only.
        string? refusal =
            lockout.IsLocked(account) ? "locked" :
            verdict == PasswordVerificationResult.Failed ? "wrong password" :
            account.IsDisabled ? "disabled" :
            account.IsDemo && !options.DemoEnabled ? "demo account (the demo is off here; start with --demo true to use it)" : null;
        if (refusal is not null)
        {
            var locksNow = refusal == "wrong password" && lockout.RecordFailure(account.Id);
            log.LogWarning("Sign-in refused for {Account}: {Reason}{Locked}, from {Network}", LogPrivacy.Account(account.Id), refusal, locksNow ? "; now locked" : "", address);
            return Failed(target);
        }
        lockout.RecordSuccess(account.Id);
        // The password was right, so saying "expired" tells nothing to someone who guessed a user name.
        if (account.OneTimePasswordExpired(time.GetUtcNow(), options.OneTimePasswordLifetime))
        {
            log.LogWarning("Sign-in refused for {Account}: one-time password expired, from {Network}", LogPrivacy.Account(account.Id), address);
            Telemetry.WebMetrics.SignInFailed();
            return Results.LocalRedirect($"/signin?expired=1&returnUrl={Uri.EscapeDataString(target)}");
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded && !account.MustChangePassword)
            accounts.UpgradeHash(account.Id, hasher.HashPassword(account, password));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            UserClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme, time.GetUtcNow()));
        log.LogInformation("Signed in: {Account} from {Network}", LogPrivacy.Account(account.Id), address);
        return Results.LocalRedirect(account.MustChangePassword ? ChangePasswordAddress(target) : target);
    }

    private static async Task<IResult> ChangePasswordAsync([FromForm] string? current, [FromForm] string? password, [FromForm] string? confirm,
        [FromForm] string? returnUrl, HttpContext http, AccountStore accounts, SignInLockout lockout, IPasswordHasher<Account> hasher,
        IAntiforgery antiforgery, TimeProvider time, ILoggerFactory loggers)
    {
        var target = LocalUrl.OrHome(returnUrl);
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.LocalRedirect(ChangePasswordAddress(target));
        if (http.User.AccountId() is not { } id || accounts.Find(id) is not { PasswordHash: not null } account)
            return Results.LocalRedirect("/signin");
        IResult Problem(string problem) => Results.LocalRedirect($"{ChangePasswordAddress(target)}&problem={problem}");

        if (string.IsNullOrEmpty(current) || current.Length > PasswordPolicy.MaxLength
            || hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            lockout.RecordFailure(account.Id);
            return Problem("current");
        }
        password ??= "";
        if (password != confirm) return Problem("mismatch");
        if (password == current) return Problem("same");
        if (PasswordPolicy.Check(account.UserName, password) is { Count: > 0 } problems) return Problem(string.Join(',', problems));

        accounts.SetPasswordHash(account.Id, hasher.HashPassword(account, password), account.UserName);
        // A fresh cookie with the new stamp: every other session of the account ends, this one goes on.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            UserClaims.For(accounts.Find(account.Id)!, CookieAuthenticationDefaults.AuthenticationScheme, time.GetUtcNow()));
        loggers.CreateLogger("Assessment.SignIn").LogInformation("Password changed by {Account}", LogPrivacy.Account(account.Id));
        return Results.LocalRedirect(target == "/account/password" ? "/" : target);
    }

    public static string ChangePasswordAddress(string returnUrl) => $"/account/password?returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static IResult Failed(string returnUrl)
    {
        Telemetry.WebMetrics.SignInFailed();
        return Results.LocalRedirect($"/signin?failed=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
