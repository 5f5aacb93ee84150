using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>The Method quality page of the demo round in a real browser: no serious or critical axe violation in either language.</summary>
[Collection(DemoBrowserCollection.Name)]
public class MethodQualityPageTests(BrowserFixture browser, AppServerFixture app)
{
    [Theory]
    [InlineData("zh-CN", "方法质量")]
    [InlineData("en", "Method quality")]
    public async Task The_method_quality_page_has_no_serious_accessibility_violation(string culture, string heading)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync("researcher", "Research-demo-2026");
        await page.GotoAsync($"/culture/{culture}?returnUrl=%2Fdashboards%2F1%2Fmethod");
        await page.WaitForURLAsync("**/dashboards/1/method");
        await page.WaitForCircuitAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(heading);
        await Expect(page.Locator("[data-testid=rank-interval-chart]")).ToBeVisibleAsync();

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"method quality ({culture}): " + string.Join("\n", serious));
        await page.SaveScreenshotAsync($"method-quality-{culture}");
        await page.Context.CloseAsync();
    }
}
