using System.Net;
using Assessment.Data.Accounts;

namespace Assessment.Web.Security;

/// <summary>
/// The sign-in and session settings (section "Security" of the configuration; README, Security and deployment).
/// Demo accounts sign in only in Development or with <c>--demo true</c>: their passwords are published.
/// </summary>
public sealed record SecurityOptions(
    LockoutRules Lockout,
    TimeSpan SessionLifetime,
    TimeSpan IdleTimeout,
    int SignInsPerMinutePerAddress,
    TimeSpan Revalidation,
    IReadOnlyList<IPAddress> KnownProxies,
    bool DemoEnabled,
    TimeSpan OneTimePasswordLifetime)
{
    public static SecurityOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var s = configuration.GetSection("Security");
        var proxies = (s["KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw new InvalidOperationException($"Security:KnownProxies: '{p}' is not an IP address."))
            .ToList();
        return new SecurityOptions(
            new LockoutRules(
                s.GetValue("Lockout:MaxFailures", LockoutRules.Default.MaxFailures),
                TimeSpan.FromMinutes(s.GetValue("Lockout:WindowMinutes", LockoutRules.Default.Window.TotalMinutes)),
                TimeSpan.FromMinutes(s.GetValue("Lockout:Minutes", LockoutRules.Default.Duration.TotalMinutes))),
            TimeSpan.FromHours(s.GetValue("SessionHours", 12.0)),
            TimeSpan.FromMinutes(s.GetValue("IdleMinutes", 120.0)),
            s.GetValue("SignInsPerMinutePerAddress", 10),
            // At most a minute: a disabled account must lose every open tab within one.
            TimeSpan.FromSeconds(Math.Clamp(s.GetValue("RevalidateSeconds", 30), 1, 60)),
            proxies,
            configuration.GetValue("demo", environment.IsDevelopment()),
            // Long enough for a printed list to reach every county of a campaign; then an administrator resets it.
            TimeSpan.FromDays(s.GetValue("OneTimePasswordDays", 14.0)));
    }
}
