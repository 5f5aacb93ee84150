using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Assessment.Web.Security;

/// <summary>
/// Sign-in and sign-out as plain HTTP form posts: the cookie cannot be set from an interactive circuit. The page
/// posting here is interactive; the full page load that follows starts a circuit as the new user.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signin", async ([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
            HttpContext http, AccountStore accounts, IPasswordHasher<Account> hasher, IAntiforgery antiforgery) =>
        {
            var target = LocalUrl.OrHome(returnUrl);
            // Checked here, not by the antiforgery middleware: its refusal went to the error page, which re-ran as the
            // same POST, failed the same check and left a bare 500. A missing or stale token gets a fresh form instead.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.LocalRedirect($"/signin?returnUrl={Uri.EscapeDataString(target)}");
            var account = string.IsNullOrWhiteSpace(userName) ? null : accounts.FindByUserName(userName);
            if (account?.PasswordHash is null || string.IsNullOrEmpty(password))
            {
                // The same hashing work as a real check, so the response time does not tell which user names exist.
                hasher.HashPassword(new Account { Id = 0, UserName = "", DisplayName = "", Role = "", IsLead = false, CreatedAt = "" }, password ?? "");
                return Failed(target);
            }
            var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
            if (verdict == PasswordVerificationResult.Failed) return Failed(target);
            if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
                accounts.SetPasswordHash(account.Id, hasher.HashPassword(account, password), account.UserName);

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                UserClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.LocalRedirect(target);
        }).DisableAntiforgery();

        app.MapPost("/account/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        });
    }

    private static IResult Failed(string returnUrl)
    {
        Telemetry.WebMetrics.SignInFailed();
        return Results.LocalRedirect($"/signin?failed=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
