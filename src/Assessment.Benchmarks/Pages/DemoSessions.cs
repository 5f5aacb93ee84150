using Assessment.Benchmarks.Dashboards;
using Microsoft.Playwright;

namespace Assessment.Benchmarks.Pages;

/// <summary>A demo account of the app (src/Assessment.Web/DEMO-ACCOUNTS.md).</summary>
public sealed record DemoAccount(string UserName, string Password)
{
    public static readonly DemoAccount HCitySelfAssessor = new("hcity", "Hcity-demo-2026");
    public static readonly DemoAccount Researcher = new("researcher", "Research-demo-2026");
}

/// <summary>
/// Browser contexts signed in as a demo account, at the screenshot size, light, in the app's default Chinese. Each
/// account signs in once through the real form (SignedInClient); every context then starts with that session's
/// cookies and an empty cache, so cold loads measure the page and not the password hash.
/// </summary>
public sealed class DemoSessions(IBrowser browser, string baseUrl)
{
    private readonly Dictionary<DemoAccount, IReadOnlyList<Cookie>> sessions = [];

    public async Task<IBrowserContext> NewContextAsync(DemoAccount account)
    {
        if (!sessions.TryGetValue(account, out var cookies))
        {
            var (client, jar) = await SignedInClient.CreateAsync(baseUrl, account.UserName, account.Password);
            client.Dispose();
            cookies = jar.GetAllCookies().Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = baseUrl }).ToList();
            sessions[account] = cookies;
        }
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            ViewportSize = new() { Width = 1366, Height = 800 },
            Locale = "zh-CN",
            ColorScheme = ColorScheme.Light,
        });
        // Generous: the machine the benchmarks run on is shared; a wait only lasts this long when it fails.
        context.SetDefaultTimeout(60_000);
        await context.AddCookiesAsync(cookies);
        return context;
    }

    /// <summary>A fresh context with no session, for the static floor.</summary>
    public async Task<IBrowserContext> NewAnonymousContextAsync() => await browser.NewContextAsync(new() { BaseURL = baseUrl });
}
