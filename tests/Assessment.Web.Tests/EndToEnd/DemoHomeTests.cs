using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>The app started on an empty data folder loads the demo data set and says on the home page that it is illustrative.</summary>
[Collection(DemoBrowserCollection.Name)]
public class DemoHomeTests(BrowserFixture browser, AppServerFixture app)
{
    [Fact]
    public async Task Home_page_labels_the_loaded_demo_data_as_illustrative_on_laptop_and_phone()
    {
        foreach (var (width, height, name) in new[] { (1280, 720, "demo-home-laptop"), (390, 844, "demo-home-phone") })
        {
            var page = await browser.NewPageAsync(app.Server.BaseUrl, width, height);
            await page.GotoAsync("/");
            await page.WaitForCircuitAsync();
            await Expect(page.Locator("[data-testid=illustrative-banner]")).ToContainTextAsync("示例数据");
            await Expect(page.Locator("[data-testid=illustrative-banner]")).ToContainTextAsync("并非官方评估结果");
            await Expect(page.Locator("[data-testid=demo-contents]")).ToContainTextAsync("H市、Z市、T市G区");
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ToList();
            Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
            await page.SaveScreenshotAsync(name);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_page_of_an_installation_with_the_demo_says_the_data_is_illustrative()
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync("researcher", "Research-demo-2026", "/rounds");
        await Expect(page.Locator("[data-testid=illustrative-banner]")).ToContainTextAsync("示例数据");
        await page.GotoAsync("/instruments");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("[data-testid=illustrative-banner]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
