using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

public static class PageExtensions
{
    /// <summary>
    /// Where screenshots go: the folder ASSESSMENT_SCREENSHOTS names, or nowhere when it is unset. Screenshots are for
    /// people looking at the pages; the tests check the pages without them, and writing them slows every run.
    /// </summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("ASSESSMENT_SCREENSHOTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder) : null;

    /// <summary>Saves a full-page screenshot as {name}.png in <see cref="ScreenshotFolder"/>, when screenshots are on.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string name)
    {
        // Waited for either way, so a run with screenshots and one without drive the pages the same.
        // The theme stylesheet is re-attached when the circuit starts; a screenshot before it settles is unstyled.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (ScreenshotPath(name) is { } path) await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    /// <summary>Saves a screenshot of one element as {name}.png in <see cref="ScreenshotFolder"/>, when screenshots are on.</summary>
    public static async Task SaveScreenshotAsync(this ILocator element, string name)
    {
        if (ScreenshotPath(name) is { } path) await element.ScreenshotAsync(new() { Path = path });
    }

    /// <summary>A screenshot of the viewport only, as {name}.png in <see cref="ScreenshotFolder"/>, when screenshots are on.</summary>
    public static async Task SaveViewportScreenshotAsync(this IPage page, string name)
    {
        if (ScreenshotPath(name) is { } path) await page.ScreenshotAsync(new() { Path = path });
    }

    private static string? ScreenshotPath(string name)
    {
        if (ScreenshotFolder is not { } folder) return null;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    /// <summary>Waits until the interactive circuit is up, so clicks reach the server and not a prerendered page.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-circuit-ready]') !== null");
}

public static class SignInExtensions
{
    // ASP.NET Core's cookie authentication names its cookie after the scheme: .AspNetCore.Cookies.
    private const string SessionCookie = ".AspNetCore.Cookies";

    /// <summary>The app each page was opened on (<see cref="BrowserFixture.NewPageAsync"/>), so a sign-in knows which app's session it may reuse.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, string> BaseUrls = new();

    /// <summary>
    /// The session cookie of each person's first sign-in through the form, by app and user name. Each sign-in costs a
    /// password hash and two circuits; most tests sign in only to reach the page they test, so one form sign-in per
    /// person and app is enough. The form itself stays tested by that first sign-in and by the tests that drive it
    /// (RoleTests, AccountLifecycleTests, the password change).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string App, string User), Cookie> Sessions = new();

    public static void RememberBaseUrl(IPage page, string baseUrl) => BaseUrls.AddOrUpdate(page, baseUrl.TrimEnd('/'));

    /// <summary>
    /// Signed in as the user on the page at <paramref name="returnUrl"/>, interactive: with the session of an earlier
    /// sign-in of the same person on the same app when the app still accepts it, otherwise through the real form.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string userName, string password, string returnUrl = "/")
    {
        if (BaseUrls.TryGetValue(page, out var app) && Sessions.TryGetValue((app, userName), out var session))
        {
            await page.Context.AddCookiesAsync([session]);
            await page.GotoAsync(returnUrl);
            // A session the app no longer accepts (a new security stamp, another app on a reused port) leads to sign-in.
            if (!page.Url.Contains("/signin", StringComparison.Ordinal) && await page.Locator("[data-testid=signed-in-user]").CountAsync() == 1)
            {
                await page.WaitForCircuitAsync();
                LogSignIn(app, userName, "session reused");
                return;
            }
            Sessions.TryRemove((app, userName), out _);
            await page.Context.ClearCookiesAsync(new() { Name = SessionCookie });
        }
        await SignInThroughTheFormAsync(page, userName, password, returnUrl);
        LogSignIn(app, userName, "form");
        if (app is not null && (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == SessionCookie) is { } cookie)
            Sessions[(app, userName)] = new Cookie
            {
                Name = cookie.Name,
                Value = cookie.Value,
                Domain = cookie.Domain,
                Path = cookie.Path,
                Expires = cookie.Expires,
                HttpOnly = cookie.HttpOnly,
                Secure = cookie.Secure,
                SameSite = cookie.SameSite,
            };
    }

    /// <summary>
    /// One line per sign-in, in the file ASSESSMENT_SIGNINS_LOG names (when set): how many form sign-ins a run makes is
    /// what the kept sessions save, and the shared machine is too noisy for times alone to show it.
    /// </summary>
    private static void LogSignIn(string? app, string userName, string how)
    {
        var log = Environment.GetEnvironmentVariable("ASSESSMENT_SIGNINS_LOG");
        if (string.IsNullOrEmpty(log)) return;
        lock (Sessions) File.AppendAllText(log, $"{DateTime.UtcNow:O} {how}: {userName} on {app ?? "an app opened without BrowserFixture"}{Environment.NewLine}");
    }

    /// <summary>Signs in through the real form and waits for the interactive page that follows.</summary>
    public static async Task SignInThroughTheFormAsync(this IPage page, string userName, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.WaitForCircuitAsync();
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form[action='account/signin'] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=signed-in-user]");
        await page.WaitForCircuitAsync();
    }
}
