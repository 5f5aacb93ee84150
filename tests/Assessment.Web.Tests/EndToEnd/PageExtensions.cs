using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

public static class PageExtensions
{
    /// <summary>Saves a full-page screenshot to TestResults/screenshots/{name}.png under the test output folder.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        // The theme stylesheet is re-attached when the circuit starts; a screenshot before it settles is unstyled.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
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
