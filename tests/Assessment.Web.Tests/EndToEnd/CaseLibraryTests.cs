using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>The researcher reads the case library and follows a case to its profile in the loaded demo round.</summary>
[Collection(DemoBrowserCollection.Name)]
public class CaseLibraryTests(BrowserFixture browser, AppServerFixture app)
{
    [Fact]
    public async Task Researcher_opens_the_cases_and_follows_a_case_to_its_demo_profile_on_laptop_and_phone()
    {
        foreach (var (width, height, name) in new[] { (1280, 720, "laptop"), (390, 844, "phone") })
        {
            var page = await browser.NewPageAsync(app.Server.BaseUrl, width, height);
            await page.SignInAsync("researcher", "Research-demo-2026", "/cases");
            await Expect(page.Locator("h1")).ToHaveTextAsync("案例库");
            await Expect(page.Locator("[data-testid=case-list] li")).ToHaveCountAsync(7);
            await AssertNoSeriousAxeViolationsAsync(page, $"cases-{name}");
            await page.SaveScreenshotAsync($"cases-{name}");

            await page.Locator("[data-case=benchmark-2020] h2 a").ClickAsync();
            await page.WaitForURLAsync("**/cases/benchmark-2020");
            await Expect(page.Locator("[data-table=scores]")).ToContainTextAsync("96.73");
            await Expect(page.Locator("[data-table=scores] figcaption")).ToContainTextAsync("数据来自种子论文 000");
            await Expect(page.Locator("[data-testid=case-profiles] [data-testid=illustrative-mark]")).ToContainTextAsync("示例数据");
            var link = page.Locator("[data-testid=case-profiles] a[data-jurisdiction='44']");
            var href = await link.GetAttributeAsync("href");
            Assert.Matches(new Regex(@"^dashboards/\d+/profile/44$"), href);
            await AssertNoSeriousAxeViolationsAsync(page, $"case-{name}");
            // The layout scrolls inside its own container, so the lower part of the page is shot element by element.
            await page.SaveScreenshotAsync($"case-benchmark-{name}");
            await page.Locator("[data-table=scores]").SaveScreenshotAsync($"case-benchmark-scores-{name}");
            await page.Locator("[data-testid=case-profiles]").SaveScreenshotAsync($"case-benchmark-profiles-{name}");

            // The profile page belongs to the dashboards feature; here only that the link leads to its address.
            await link.ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/dashboards/\d+/profile/44$"));
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
    }
}
