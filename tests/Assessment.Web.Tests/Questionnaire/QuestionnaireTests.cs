using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Questionnaire;

[Collection(DashboardBrowserCollection.Name)]
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
        // The page may reload itself first (its reconnect was refused by the new process), which aborts this reload.
        await app.Server.RestartAsync();
        try { await page.ReloadAsync(); }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_ABORTED", StringComparison.Ordinal) || e.Message.Contains("detached", StringComparison.Ordinal))
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
        }
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

    // A mobile connection that dies silently: nothing passes either way, so the user goes on answering into a page whose
    // events reach nobody, until the browser notices and cannot get back for longer than the server keeps the page.
    [Fact]
    public async Task Input_made_while_the_connection_was_cut_for_longer_than_the_server_keeps_the_page_is_offered_back_and_saved_on_request()
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        var cut = false;
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync("**/_blazor**", ws =>
        {
            if (cut) { _ = ws.CloseAsync(); return; }
            var server = ws.ConnectToServer();
            ws.OnMessage(frame => { if (!cut) Forward(frame, server); });
            server.OnMessage(frame => { if (!cut) Forward(frame, ws); });
            lock (sockets) sockets.Add((ws, server));
        });
        // A reconnection starts with an HTTP negotiation: refused too while the connection is cut.
        await page.RouteAsync("**/_blazor/negotiate**", route => cut ? route.AbortAsync() : route.ContinueAsync());
        await page.SignInAsync(QuestionnaireFixture.Evaluator, Password, $"/respond/{app.Round}/32");
        await Expect(page.Locator("[data-testid=section-nav]")).ToBeVisibleAsync();
        await Choice(page, "sa_if_one_portal", "unified").CheckAsync();
        await Expect(Saved(page, "sa_if_one_portal")).ToBeVisibleAsync();

        cut = true;
        await Item(page, "sa_if_full_online_share").Locator("input[inputmode=decimal]").FillAsync("55");
        await Item(page, "sa_if_full_online_share").Locator("textarea").FillAsync("断网时写的说明：统计至 2026-11-30");
        await Choice(page, "sa_if_one_window", "no").ClickAsync();
        await Expect(Saved(page, "sa_if_full_online_share")).ToHaveCountAsync(0);
        // The browser notices (the socket closes) and so does the server, whose retention period starts now.
        foreach (var (pageSide, serverSide) in sockets) { await serverSide.CloseAsync(); await pageSide.CloseAsync(); }
        var dialog = page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("与服务器的连接中断");
        await page.SaveViewportScreenshotAsync("questionnaire-connection-lost");
        // Longer than the server keeps the page: when the connection returns, the page it had is gone.
        await Task.Delay(TimeSpan.FromSeconds(QuestionnaireFixture.CircuitRetentionSeconds + 3));
        cut = false;

        var notice = page.Locator("[data-testid=connection-lost]");
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await page.WaitForCircuitAsync();
        await Expect(notice).ToContainTextAsync("中断过");
        await Expect(notice.Locator("[data-unsaved]")).ToHaveCountAsync(2);
        // Every acknowledged answer is there; what never reached the server is shown beside what is saved, not saved.
        await Expect(Choice(page, "sa_if_one_portal", "unified")).ToBeCheckedAsync();
        var share = Item(page, "sa_if_full_online_share");
        await Expect(share.Locator("input[inputmode=decimal]")).ToHaveValueAsync("");
        await Expect(share.Locator("[data-testid=unsaved-value]")).ToHaveTextAsync("55 %");
        await Expect(share.Locator("[data-testid=unsaved-evidence]")).ToHaveTextAsync("断网时写的说明：统计至 2026-11-30");
        await Expect(share.Locator("[data-testid=saved-now]")).ToHaveTextAsync("（未作答）");
        var window = Item(page, "sa_if_one_window");
        await Expect(window.Locator("[data-testid=unsaved-value]")).ToHaveTextAsync("否");
        await page.SaveScreenshotAsync("questionnaire-unsaved-input");

        await share.Locator("[data-testid=restore-unsaved]").ClickAsync();
        await Expect(Saved(page, "sa_if_full_online_share")).ToBeVisibleAsync();
        await window.Locator("[data-testid=discard-unsaved]").ClickAsync();
        await Expect(window.Locator("[data-testid=unsaved-input]")).ToHaveCountAsync(0);

        // Taken back or dropped, the input is no longer offered: a reload shows what was saved, and no notice.
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Expect(share.Locator("input[inputmode=decimal]")).ToHaveValueAsync("55");
        await Expect(share.Locator("textarea")).ToHaveValueAsync("断网时写的说明：统计至 2026-11-30");
        await Expect(Choice(page, "sa_if_one_window", "no")).Not.ToBeCheckedAsync();
        await Expect(notice).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=unsaved-input]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static void Forward(IWebSocketFrame frame, IWebSocketRoute to)
    {
        if (frame.Binary is { } bytes) to.Send(bytes);
        else to.Send(frame.Text ?? "");
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
