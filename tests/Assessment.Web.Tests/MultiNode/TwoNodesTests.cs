using System.Net;
using Assessment.Web.Tests.Database;
using Assessment.Web.Tests.EndToEnd;
using Dapper;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.MultiNode;

/// <summary>
/// Two app processes on one PostgreSQL database behind the proxy (src/Assessment.Proxy): a cookie one node issued is
/// accepted by the other (the data-protection keys are in the database), and a respondent whose node dies carries on
/// on the other with every acknowledged answer (issue 15, item 4).
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class TwoNodesTests(BrowserFixture browser)
{
    private const string SelfAssessor = "hangzhou";
    private const string Password = "Hangzhou-demo-2026";

    [PostgresFact]
    public async Task Signed_in_through_one_node_saved_through_the_other_and_after_the_first_dies_the_respondent_carries_on()
    {
        await using var database = new PostgresTestDatabase();
        // Started one after the other (AppServer starts one app at a time): the first loads the demo, the second finds it.
        await using var node1 = await AppServer.StartAsync(settings: ("database", database.Url));
        await using var node2 = await AppServer.StartAsync(settings: ("database", database.Url));
        await using var proxy = await ProxyServer.StartAsync([node1, node2]);
        var (round, jurisdiction, responseId) = OpenDraft(database);
        var questionnaire = $"/respond/{round}/{jurisdiction}";
        Assert.Empty(Answers(database, responseId));

        // Signed in through the proxy: the node that signed the cookie is the one the browser's affinity points to.
        var page = await browser.NewPageAsync(proxy.Url);
        await page.SignInThroughTheFormAsync(SelfAssessor, Password, questionnaire);
        var signedIn = await ServedByAsync(page, proxy.Url + questionnaire);
        var (signingNode, otherNode) = signedIn == "node1" ? (node1, node2) : (node2, node1);

        // The same browser straight to the other node (cookies are per host, not per port): it accepts the cookie the
        // first node issued, and saves.
        await page.GotoAsync(otherNode.BaseUrl + questionnaire);
        await page.WaitForCircuitAsync();
        Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        var one = await AnswerAnUnansweredItemAsync(page);

        // Back through the proxy to the node that signed in; a second answer; then that node dies mid-session.
        Assert.Equal(signedIn, await ServedByAsync(page, proxy.Url + questionnaire));
        var two = await AnswerAnUnansweredItemAsync(page);
        signingNode.Kill();

        // The proxy leaves the dead node out; the next page comes from the other node, still signed in, with both answers.
        Assert.NotEqual(signedIn, await ReloadUntilServedByAnotherNodeAsync(page, signedIn));
        await page.WaitForCircuitAsync();
        Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
        foreach (var (item, value) in new[] { one, two })
            await Expect(Choice(page, item, value)).ToBeCheckedAsync();
        var three = await AnswerAnUnansweredItemAsync(page);

        // Nothing acknowledged was lost, and nothing was stored twice.
        var stored = Answers(database, responseId);
        Assert.Equal(new[] { one, two, three }.OrderBy(a => a.Item, StringComparer.Ordinal),
            stored.Select(a => (a.Item, a.Value)).OrderBy(a => a.Item, StringComparer.Ordinal));
        Assert.All(stored, a => Assert.Equal(1, a.Version));
        await page.Context.CloseAsync();
    }

    // The first item of the layer shown that has options and none chosen: its second option is chosen and the save acknowledged.
    private static async Task<(string Item, string Value)> AnswerAnUnansweredItemAsync(IPage page)
    {
        var item = page.Locator("div.q-item[data-item]:has(input[type=radio]):not(:has(input[type=radio]:checked))").First;
        var id = (await item.GetAttributeAsync("data-item"))!;
        var radio = item.Locator("input[type=radio]").Nth(1);
        // MudRadio puts data-value on its input or on an element around it (the questionnaire tests accept either).
        var value = await radio.EvaluateAsync<string>("e => e.dataset.value ?? e.closest('[data-value]').dataset.value");
        var outcomes = await item.GetAttributeAsync("data-outcomes");
        await radio.CheckAsync();
        await Expect(page.Locator($"#item-{id}")).Not.ToHaveAttributeAsync("data-outcomes", outcomes!);
        await Expect(page.Locator($"#item-{id}")).ToHaveAttributeAsync("data-state", "saved");
        return (id, value);
    }

    private static ILocator Choice(IPage page, string item, string value) =>
        page.Locator($"#item-{item}").Locator($"input[data-value='{value}'], [data-value='{value}'] input");

    private static async Task<string> ServedByAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}");
        await page.WaitForCircuitAsync();
        return await response.HeaderValueAsync(ProxyServer.ServedByHeader) ?? throw new InvalidOperationException("The proxy named no node.");
    }

    // What a user does when the page stops answering: reload. Until the proxy has left the dead node out, a request
    // may still go to it and fail (502); the wait ends as soon as a live node serves the page.
    private static async Task<string> ReloadUntilServedByAnotherNodeAsync(IPage page, string dead)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                var response = await page.ReloadAsync();
                if (response is { Status: (int)HttpStatusCode.OK } && await response.HeaderValueAsync(ProxyServer.ServedByHeader) is { } node && node != dead)
                    return node;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline) { /* the page reloaded itself meanwhile */ }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No live node served the page within 60 s after {dead} died.");
            await Task.Delay(500);
        }
    }

    // The self-assessor's response in the demo's open self-assessment round (a draft with no answers yet).
    private static (long Round, string Jurisdiction, long Response) OpenDraft(PostgresTestDatabase database)
    {
        using var c = database.Open();
        return c.QuerySingle<(long, string, long)>("""
            SELECT r.round_id, r.jurisdiction_code, r.id FROM responses r
            JOIN accounts a ON a.id = r.rater_id JOIN rounds o ON o.id = r.round_id
            WHERE a.user_name = @user AND r.status = 'draft' AND o.status = 'open'
            """, new { user = SelfAssessor });
    }

    private static List<(string Item, string Value, long Version)> Answers(PostgresTestDatabase database, long response)
    {
        using var c = database.Open();
        return c.Query<(string, string, long)>("SELECT item_id, value, version FROM answers WHERE response_id = @response", new { response }).AsList();
    }
}
