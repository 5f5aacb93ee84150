using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public class LanguageTests(BrowserFixture browser, AppServerFixture app)
{
    private AppServer Server => app.Server;

    [Fact]
    public async Task Home_page_is_Chinese_by_default_even_for_an_English_browser()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = Server.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("数字政府治理成熟度评估平台");
        await page.SaveScreenshotAsync("home-zh");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Switching_to_English_persists_across_reloads_and_back()
    {
        var page = await browser.NewPageAsync(Server.BaseUrl);
        await page.GotoAsync("/not-found");
        await page.WaitForCircuitAsync();

        await page.Locator("[data-culture=en]").ClickAsync();
        await page.WaitForURLAsync("**/not-found");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Digital government maturity assessment");
        await page.SaveScreenshotAsync("home-en");

        await page.WaitForCircuitAsync();
        await page.Locator("[data-culture=zh-CN]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("数字政府治理成熟度评估平台");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_page_has_no_critical_accessibility_violations_on_laptop_and_phone()
    {
        foreach (var (width, height, name) in new[] { (1280, 720, "home-laptop"), (390, 844, "home-phone") })
        {
            var page = await browser.NewPageAsync(Server.BaseUrl, width, height);
            await page.GotoAsync("/");
            await page.WaitForCircuitAsync();
            var result = await page.RunAxe();
            var critical = result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ToList();
            Assert.True(critical.Count == 0, $"{name}: " + string.Join("\n", critical));
            await page.SaveScreenshotAsync(name);
            await page.Context.CloseAsync();
        }
    }
}
