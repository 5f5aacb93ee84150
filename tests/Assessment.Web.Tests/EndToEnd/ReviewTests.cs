using System.Globalization;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Demo;
using Assessment.Web.Tests.Review;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public class ReviewTests(BrowserFixture browser)
{
    private const string Code = DemoSeed.SelfAssessorJurisdiction;

    [Fact]
    public async Task Two_raters_disagree_the_lead_reconciles_and_the_score_changes_to_the_hand_worked_value()
    {
        await using var server = await AppServer.StartAsync();
        var seeded = await SeedAsync(server);

        var page = await browser.NewPageAsync(server.BaseUrl);
        await page.SignInAsync("lead", "Lead-demo-2026", "/review");
        await Expect(page.Locator("[data-testid=review-rounds]")).ToContainTextAsync("评审测试");
        await page.SaveScreenshotAsync("review-rounds");

        await page.GotoAsync($"/review/{seeded.RoundId}");
        await page.WaitForCircuitAsync();
        // MudDataGrid puts no attributes on rows: the row is the one holding the jurisdiction's cell.
        var row = page.Locator("tr", new() { Has = page.Locator($"[data-jurisdiction='{Code}']") });
        await Expect(row.Locator("[data-testid=disagreements]")).ToHaveTextAsync("1");
        await page.SaveScreenshotAsync("review-round");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync($"**/review/{seeded.RoundId}/{Code}");
        await page.WaitForCircuitAsync();
        var composite = page.Locator("[data-testid=composite]");
        // Worked by hand in ReviewSeedScores: 77/12 before the lead reconciles, 41/6 after.
        await Expect(composite).ToHaveTextAsync("6.4");
        await ExpectValueAsync(composite, ReviewSeedScores.CompositeBefore);
        var first = page.Locator("article[data-item]").First;
        await Expect(first).ToHaveAttributeAsync("data-item", ReviewSeed.DisagreeingItem);
        await AssertNoSeriousAccessibilityViolationsAsync(page);
        await page.SaveScreenshotAsync("review-jurisdiction");

        await first.Locator("[data-testid=reconcile-open]").ClickAsync();
        await first.Locator("[data-testid=reconcile-form] input[data-value=yes], [data-testid=reconcile-form] [data-value=yes] input").CheckAsync();
        await first.Locator("textarea[data-testid=reconcile-reason], [data-testid=reconcile-reason] textarea").FillAsync("复核截图：PC 端与移动端同一账号登录");
        await first.Locator("[data-testid=reconcile-save]").ClickAsync();
        await Expect(composite).ToHaveTextAsync("6.8");
        await ExpectValueAsync(composite, ReviewSeedScores.CompositeAfterReconciling);
        await Expect(first.Locator("[data-testid=reconciled]")).ToContainTextAsync("lead");

        await page.Locator("[data-testid=explain] > summary").ClickAsync();
        var trace = page.Locator($"[data-testid=explain] tr[data-item='{ReviewSeed.DisagreeingItem}']");
        await Expect(trace.Locator("[data-status]")).ToHaveAttributeAsync("data-status", nameof(ItemStatus.Reconciled));
        await Expect(trace.Locator("[data-points]")).ToHaveTextAsync("16.67");
        await ExpectValueAsync(trace.Locator("[data-points]"), ReviewSeedScores.ReconciledItemPoints);
        await page.SaveScreenshotAsync("review-explain");

        var returned = page.Locator("[data-response=evaluator1]");
        await returned.Locator("textarea[data-testid=response-comment], [data-testid=response-comment] textarea").FillAsync("请补充统一身份认证的截图");
        await returned.Locator("[data-testid=response-return]").ClickAsync();
        await Expect(returned.Locator("[data-testid=response-status]")).ToHaveTextAsync("已退回");
        await Expect(returned).ToContainTextAsync("请补充统一身份认证的截图");
        var accepted = page.Locator("[data-response=evaluator2]");
        await accepted.Locator("[data-testid=response-accept]").ClickAsync();
        await Expect(accepted.Locator("[data-testid=response-status]")).ToHaveTextAsync("已接受");
        await page.SaveScreenshotAsync("review-responses");
        await page.Context.CloseAsync();

        var rater = await browser.NewPageAsync(server.BaseUrl);
        await rater.SignInAsync("evaluator1", "Eval1-demo-2026");
        await Expect(rater.Locator("[data-nav=review]")).ToHaveCountAsync(0);
        foreach (var address in new[] { "/review", $"/review/{seeded.RoundId}/{Code}" })
        {
            await rater.GotoAsync(address);
            await rater.WaitForCircuitAsync();
            await Expect(rater.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
            await Expect(rater.Locator("article[data-item]")).ToHaveCountAsync(0);
        }
        // The returned response's rater reads why it came back, above the questionnaire.
        await rater.GotoAsync($"/respond/{seeded.RoundId}/{Code}");
        await rater.WaitForCircuitAsync();
        await Expect(rater.Locator("[data-testid=review-comments]")).ToContainTextAsync("请补充统一身份认证的截图");
        await rater.Context.CloseAsync();
    }

    /// <summary>The demo seed makes the accounts on first start; the round is written while the app is stopped (one writer).</summary>
    private static async Task<SeededRound> SeedAsync(AppServer server)
    {
        server.Kill();
        SeededRound seeded;
        using (var db = AssessmentDb.Open(Path.Combine(server.DataFolder, "assessment.db")))
        {
            var accounts = new AccountStore(db);
            seeded = ReviewSeed.Seed(db, Code, accounts.FindByUserName("evaluator1")!.Id, accounts.FindByUserName("evaluator2")!.Id, "e2e-seed");
        }
        await server.RestartAsync();
        return seeded;
    }

    private static async Task AssertNoSeriousAccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    // The page writes the full-precision number; Scorer may sum in another order than the hand working: 1e-9.
    private static async Task ExpectValueAsync(ILocator element, double expected) =>
        Assert.Equal(expected, double.Parse((await element.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), 9);
}
