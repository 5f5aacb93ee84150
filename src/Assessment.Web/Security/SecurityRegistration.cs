using System.Threading.RateLimiting;
using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.HttpOverrides;

namespace Assessment.Web.Security;

/// <summary>Sign-in, sessions and the HTTP pipeline around them (README, Security and deployment).</summary>
public static class SecurityRegistration
{
    public static void AddAccountSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = SecurityOptions.From(builder.Configuration, builder.Environment);
        services.AddSingleton(options);
        services.AddSingleton(options.Lockout);
        services.AddSingleton<SignInLockout>();
        services.AddSingleton(PasswordHashing.Create());
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/access-denied";
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, as seen through the forwarded headers of a known proxy.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Idle timeout: the cookie lives this long after the last request. The absolute lifetime is the
            // issued-at claim's, checked with the security stamp on every request.
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var user = context.Principal;
                var account = user?.AccountId() is { } id ? context.HttpContext.RequestServices.GetRequiredService<AccountStore>().Find(id) : null;
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (user is not null && SessionCheck.Holds(user, account, now, options)) return;
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            };
        });

        services.AddRateLimiter(limiter =>
        {
            // Per client address, on sign-in and password change only: slows guessing across many accounts, which
            // the per-account lockout alone does not.
            limiter.AddPolicy(AccountEndpoints.SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "-",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Assessment.SignIn")
                    .LogWarning("Sign-in throttled for {Network}", LogPrivacy.Network(context.HttpContext.Connection.RemoteIpAddress));
                context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.HttpContext.Response.Headers.Location = "/signin?throttled=1";
                return ValueTask.CompletedTask;
            };
        });

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in Security:KnownProxies are believed (loopback when none is named).
            if (options.KnownProxies.Count == 0) return;
            // Both lists: the default loopback network would otherwise still be believed beside the named proxies.
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in options.KnownProxies) forwarded.KnownProxies.Add(proxy);
        });
    }

    /// <summary>Forwarded headers first (so HTTPS and the client address are known), then HSTS, authentication, limits.</summary>
    public static void UseAccountSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use(async (http, next) =>
        {
            // A one-time password is changed before any page opens; the pages' own gate covers in-app navigation.
            if (http.User.MustChangePassword() && HttpMethods.IsGet(http.Request.Method) && !MayOpenBeforePasswordChange(http.Request.Path))
            {
                http.Response.Redirect(AccountEndpoints.ChangePasswordAddress(http.Request.Path + http.Request.QueryString));
                return;
            }
            await next();
        });
        var options = app.Services.GetRequiredService<SecurityOptions>();
        if (!options.DemoEnabled && app.Services.GetRequiredService<AccountStore>().HasDemoAccounts())
            app.Logger.LogWarning("The database holds demo accounts; their sign-in is refused because the demo is off here (--demo true turns it on).");
    }

    private static bool MayOpenBeforePasswordChange(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/culture") || Path.HasExtension(path.Value);
}
