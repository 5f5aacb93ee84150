using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Questionnaire;

[Collection(BrowserCollection.Name)]
public class QuestionnaireTests(BrowserFixture browser, QuestionnaireFixture app) : IClassFixture<QuestionnaireFixture>
{
    private const string Password = QuestionnaireFixture.EvaluatorPassword;

    // Each input type, its save and its messages are component tests (Components/Questionnaire); here what needs a browser:
    // a reload starts a new circuit that shows what was saved and opens where the user left off.
    [Fact]
    public async Task Saved_answers_are_there_after_a_reload_and_the_page_opens_at_the_item_saved_last()
    {
        var page = await OpenAsync("11");
        await Choice(page, "sa_if_one_portal", "unified").CheckAsync();
        await Expect(Saved(page, "sa_if_one_portal")).ToBeVisibleAsync();
        await Item(page, "sa_if_full_online_share").Locator("input[inputmode=decimal]").FillAsync("72.5");
        await Item(page, "sa_if_full_online_share").Locator("textarea").FillAsync("事项清单，统计至 2026-10-31");
        // The page shows one layer's section at a time; the section list switches, typed input is saved on the way.
        await ShowLayer(page, "value");
        await Expect(Saved(page, "sa_if_full_online_share")).ToHaveCountAsync(0); // the interface layer is gone from the page
        await Choice(page, "sa_va_channels", "hotline_12345").CheckAsync();
        await Expect(Saved(page, "sa_va_channels")).ToBeVisibleAsync();
        await ShowLayer(page, "safeguard");
        await Choice(page, "sa_sg_top_leader", "4").CheckAsync();
        await Expect(Saved(page, "sa_sg_top_leader")).ToBeVisibleAsync();
        // Four scored items answered of the instrument's 23 scored ones, the typed number and evidence among them.
        await Expect(page.Locator("[data-testid=overall-progress]")).ToContainTextAsync("4 / 23");

        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        // It opens on the layer of the item saved last, scrolled to it.
        await Expect(Item(page, "sa_sg_top_leader")).ToBeInViewportAsync();
        await Expect(Choice(page, "sa_sg_top_leader", "4")).ToBeCheckedAsync();
        await Expect(Item(page, "sa_if_one_portal")).ToHaveCountAsync(0);
        await page.SaveViewportScreenshotAsync("questionnaire-resumed-viewport");
        await ShowLayer(page, "interface");
        await Expect(Choice(page, "sa_if_one_portal", "unified")).ToBeCheckedAsync();
        await Expect(Item(page, "sa_if_full_online_share").Locator("input[inputmode=decimal]")).ToHaveValueAsync("72.5");
        await Expect(Item(page, "sa_if_full_online_share").Locator("textarea")).ToHaveValueAsync("事项清单，统计至 2026-10-31");
        await Expect(page.Locator("[data-testid=saved]")).ToHaveCountAsync(2);
        await ShowLayer(page, "value");
        await Expect(Choice(page, "sa_va_channels", "hotline_12345")).ToBeCheckedAsync();
        await Expect(page.Locator("[data-testid=overall-progress]")).ToContainTextAsync("4 / 23");
        await page.SaveScreenshotAsync("questionnaire-laptop");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_answer_acknowledged_before_the_server_is_killed_is_there_after_a_restart()
    {
        var page = await OpenAsync("31");
        await Choice(page, "sa_if_one_portal", "portal_only").CheckAsync();
        await Item(page, "sa_if_full_online_share").Locator("input[inputmode=decimal]").FillAsync("40");
        foreach (var id in new[] { "sa_if_one_portal", "sa_if_full_online_share" })
            await Expect(Saved(page, id)).ToBeVisibleAsync();
        await ShowLayer(page, "process");
        await Choice(page, "sa_po_ecert", "partial").CheckAsync();
        await Expect(Saved(page, "sa_po_ecert")).ToBeVisibleAsync();
        await ShowLayer(page, "interface");
        // A further change leaves the browser and the server dies before (or while) it is saved.
        await Choice(page, "sa_if_one_window", "no").CheckAsync();
        app.Server.Kill();

        // The same tab, as a user would: the reconnect fails against the new process, a reload starts a new circuit.
        await app.Server.RestartAsync();
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        // It reopens on the layer of the item saved last: process, or interface if the last change was saved in time.
        await ShowLayer(page, "process");
        await Expect(Choice(page, "sa_po_ecert", "partial")).ToBeCheckedAsync();
        await ShowLayer(page, "interface");
        await Expect(Choice(page, "sa_if_one_portal", "portal_only")).ToBeCheckedAsync();
        await Expect(Item(page, "sa_if_full_online_share").Locator("input[inputmode=decimal]")).ToHaveValueAsync("40");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submitting_with_a_required_item_missing_lists_it_with_a_link_and_succeeds_once_it_is_answered()
    {
        var page = await OpenAsync("33");
        await page.Locator("[data-testid=submit]").ClickAsync();
        var missing = page.Locator("[data-testid=missing] [data-missing]");
        await Expect(missing).ToHaveCountAsync(1);
        await Expect(missing).ToHaveAttributeAsync("data-missing", QuestionnaireFixture.LeftUnanswered);
        await page.SaveScreenshotAsync("questionnaire-missing");
        // The fixture answered every layer, so the page opened on the last one; the link brings the interface layer back.
        await Expect(Item(page, QuestionnaireFixture.LeftUnanswered)).ToHaveCountAsync(0);
        await missing.ClickAsync();
        await Expect(Item(page, QuestionnaireFixture.LeftUnanswered)).ToBeInViewportAsync();

        await Choice(page, QuestionnaireFixture.LeftUnanswered, "both_partial").CheckAsync();
        await Expect(Saved(page, QuestionnaireFixture.LeftUnanswered)).ToBeVisibleAsync();
        await page.Locator("[data-testid=submit]").ClickAsync();
        await Expect(page.Locator("[data-testid=read-only]")).ToBeInViewportAsync();
        await Expect(page.Locator("[data-testid=submit]")).ToHaveCountAsync(0);
        await Expect(Choice(page, QuestionnaireFixture.LeftUnanswered, "both_partial")).ToBeDisabledAsync();
        await Expect(Choice(page, QuestionnaireFixture.LeftUnanswered, "both_partial")).ToBeCheckedAsync();
        await page.SaveScreenshotAsync("questionnaire-submitted");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_self_assessor_finds_the_questionnaire_in_the_list_and_it_fits_laptop_and_phone_without_serious_accessibility_problems()
    {
        foreach (var (width, height, name) in new[] { (1280, 720, "laptop"), (390, 844, "phone") })
        {
            var page = await browser.NewPageAsync(app.Server.BaseUrl, width, height);
            await page.SignInAsync("hangzhou", "Hangzhou-demo-2026", "/respond");
            await Expect(page.Locator("[data-testid=my-questionnaires]")).ToContainTextAsync("杭州市");
            await page.SaveScreenshotAsync($"my-questionnaires-{name}");
            // The demo's open self-assessment round is listed too; open this test's round.
            await page.Locator($"[data-testid=my-questionnaires] a[href='respond/{app.SelfRound}/3301']").ClickAsync();
            await page.WaitForURLAsync($"**/respond/{app.SelfRound}/3301");
            await Expect(Item(page, "sa_if_one_portal")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible' && getComputedStyle(e).overflowX !== 'hidden') || document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{name}: the questionnaire scrolls sideways");
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
            Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
            await page.SaveScreenshotAsync($"questionnaire-{name}-self-assessor");
            await page.Context.CloseAsync();
        }
    }

    // 20,000 Chinese characters are about 60 KB on the circuit, past SignalR's default 32 KB message limit, which
    // closed the circuit ("reconnecting") instead of saving.
    [Fact]
    public async Task A_text_answer_as_long_as_the_service_allows_in_Chinese_saves_and_comes_back_after_a_reload()
    {
        var page = await OpenAsync("44");
        await ShowLayer(page, "value");   // one layer's section at a time
        var box = Item(page, "sa_va_flagship").Locator("textarea");
        Assert.Equal(Assessment.Web.Services.QuestionnaireService.MaxValueLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await box.GetAttributeAsync("maxlength"));
        var text = string.Concat(Enumerable.Repeat("数字政府改革：一网通办，跨省通办。", 20_000 / 17 + 1))[..20_000];

        await box.FillAsync(text);
        await box.BlurAsync();

        await Expect(Saved(page, "sa_va_flagship")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        Assert.Equal(text, await Item(page, "sa_va_flagship").Locator("textarea").InputValueAsync());
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string jurisdiction)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync(QuestionnaireFixture.Evaluator, Password, $"/respond/{app.Round}/{jurisdiction}");
        await Expect(page.Locator("[data-testid=section-nav]")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Item(IPage page, string id) => page.Locator($"#item-{id}");

    private static async Task ShowLayer(IPage page, string layer)
    {
        await page.Locator($"[data-testid=section-nav] li[data-layer={layer}] a").ClickAsync();
        await Expect(page.Locator($"section[data-layer={layer}]")).ToBeVisibleAsync();
    }

    // MudBlazor puts a component's extra attributes on the input or on its label, depending on the component.
    private static ILocator Choice(IPage page, string id, string value) =>
        Item(page, id).Locator($"input[data-value='{value}'], [data-value='{value}'] input, input[data-option='{value}'], [data-option='{value}'] input");

    private static ILocator Saved(IPage page, string id) => page.Locator($"#item-{id} [data-testid=saved]");
}
