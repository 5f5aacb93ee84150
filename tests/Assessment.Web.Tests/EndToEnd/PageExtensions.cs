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
    /// <summary>Signs in through the real form and waits for the interactive page that follows.</summary>
    public static async Task SignInAsync(this IPage page, string userName, string password, string returnUrl = "/")
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
