using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public class RoundTests(BrowserFixture browser)
{
    private const string RoundName = "浙江省地市外部评估 2026";

    [Fact]
    public async Task An_administrator_creates_and_opens_a_round_that_its_evaluators_see_and_researchers_do_not()
    {
        await using var server = await AppServer.StartAsync();
        var page = await browser.NewPageAsync(server.BaseUrl);
        await page.SignInAsync("admin", "Admin-demo-2026", "/rounds/new");

        // Nothing filled in: every missing field says so where it is.
        await page.Locator("[data-testid=create-round]").ClickAsync();
        await Expect(page.Locator("[data-field-error=name]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-field-error=jurisdictions]")).ToHaveTextAsync("请至少选择一个地区。");
        await page.SaveScreenshotAsync("round-new-problems");

        await page.FillAsync("#round-name", RoundName);
        await page.ChooseAsync("round-instrument", "egov-iceberg-external-2026.1.yaml");
        // A window around today (Beijing time), so nothing is overdue whenever the test runs.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        await page.FillAsync("#round-opens", today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.FillAsync("#round-closes", today.AddDays(60).ToString("yyyy-MM-dd"));
        await page.ChooseAsync("picker-level", "地级");
        await page.ChooseAsync("picker-province", "浙江省");
        await page.GetByLabel("选择 杭州市 3301").CheckAsync();
        await page.GetByLabel("选择 宁波市 3302").CheckAsync();
        await Expect(page.Locator("[data-testid=selected-count]")).ToContainTextAsync("2");
        await page.GetByLabel("评估员一 Evaluator One (evaluator1)").CheckAsync();
        await page.GetByLabel("评估员二 Evaluator Two (evaluator2)").CheckAsync();
        await Expect(page.Locator("[data-field-error]")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.SaveScreenshotAsync("round-new");

        await page.Locator("[data-testid=create-round]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/rounds/\d+$"));
        var roundUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("h1")).ToHaveTextAsync(RoundName);
        await Expect(page.Locator("[data-status=draft]")).ToBeVisibleAsync();

        await page.Locator("[data-transition=open]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.Locator(".header [data-status=open]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-transition=closed]")).ToBeVisibleAsync();
        var rows = page.Locator("[data-testid=board] tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(4);
        for (var i = 0; i < 4; i++)
        {
            await Expect(rows.Nth(i).Locator("[data-status=not_started]")).ToHaveTextAsync("未开始");
            await Expect(rows.Nth(i).Locator("[data-completeness]")).ToHaveAttributeAsync("data-completeness", "0%");
        }
        await Expect(page.Locator("[data-testid=overdue] .count")).ToHaveTextAsync("0");
        await page.SaveScreenshotAsync("round-board");
        // The outcome's snackbar fades in; axe judges contrast on what is drawn, so check it once it is settled.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-snackbar')].every(e => getComputedStyle(e).opacity === '1')");
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));

        await page.GotoAsync("/rounds");
        await Expect(page.Locator("[data-testid=rounds]")).ToContainTextAsync(RoundName);
        await page.SaveScreenshotAsync("rounds");
        await page.Context.CloseAsync();

        var evaluator = await browser.NewPageAsync(server.BaseUrl);
        await evaluator.SignInAsync("evaluator1", "Eval1-demo-2026", "/rounds");
        await Expect(evaluator.Locator("[data-testid=rounds]")).ToContainTextAsync(RoundName);
        await evaluator.Context.CloseAsync();

        var researcher = await browser.NewPageAsync(server.BaseUrl);
        await researcher.SignInAsync("researcher", "Research-demo-2026", "/rounds");
        // The demo's published round is listed for researchers; the new, unpublished one is not.
        await Expect(researcher.Locator("[data-testid=rounds]")).ToBeVisibleAsync();
        await Expect(researcher.Locator("[data-testid=rounds]")).Not.ToContainTextAsync(RoundName);
        await researcher.GotoAsync(roundUrl);
        await researcher.WaitForCircuitAsync();
        await Expect(researcher.Locator("[data-testid=round-error]")).ToContainTextAsync("无权查看");
        await researcher.Context.CloseAsync();
    }
}

internal static class MudSelectExtensions
{
    /// <summary>Opens the MudSelect whose input carries <paramref name="testId"/> and clicks the option showing <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string option)
    {
        await page.Locator($"input[data-testid={testId}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
