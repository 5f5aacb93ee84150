using System.Globalization;
using System.Text;
using Assessment.Core.Scoring;
using Assessment.Core.Tests.Scoring;
using Assessment.Web.Tests.EndToEnd;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <summary>A researcher compares three jurisdictions and a self-assessment with its external evaluation; numbers against the reference scorer (SCORING.md read independently of Scorer).</summary>
[Collection(DemoBrowserCollection.Name)]
public class CompareTests(BrowserFixture browser, CompareAppFixture app) : IClassFixture<CompareAppFixture>
{
    private static string OneDecimal(double? v) => v!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Compare_three_jurisdictions_shows_the_scores_overlaid_and_downloads_what_the_table_shows()
    {
        string[] codes = ["3302", DashboardSeed.Hangzhou, "32"];
        var page = await SignedInResearcher($"/dashboards/{app.Seeded.Current}/compare?j=3302");
        await Expect(page.Locator("[data-testid=compare-message]")).ToContainTextAsync("当前选择了 1 个");
        // Add two more through the search box, each becoming a chip; the picks go into the address.
        var search = page.Locator("[data-testid=compare-picker] input").First;
        await search.FillAsync("杭州");
        await page.Locator(".mud-popover .mud-list-item").Filter(new() { HasText = "杭州市 (3301)" }).ClickAsync();
        await Expect(page.Locator("[data-testid=compare-picker] .mud-chip")).ToHaveCountAsync(2);
        await search.FillAsync("32");
        await page.Locator(".mud-popover .mud-list-item").Filter(new() { HasText = "江苏省 (32)" }).ClickAsync();
        await Expect(page.Locator("[data-testid=compare-picker] .mud-chip")).ToHaveCountAsync(3);
        await page.Locator("[data-testid=compare-show]").ClickAsync();
        // Blazor navigates with pushState, which fires no load event: assert the address, do not wait for a load.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("compare\\?j=3302&j=3301&j=32$"));
        await Expect(page.Locator("[data-testid=compare-spider] polygon.series")).ToHaveCountAsync(3);
        var scores = page.Locator("[data-testid=compare-scores] tbody tr");
        var layer = app.Seeded.Instrument.Layers[1];
        foreach (var code in codes)
        {
            var expected = ReferenceScorer.Score(app.Seeded.Instrument, app.Seeded.Answers[code]);
            await Expect(scores.Nth(0).Locator($"td[data-csv='{code}']")).ToHaveTextAsync(OneDecimal(expected.Composite));
            await Expect(scores.Nth(2).Locator($"td[data-csv='{code}']")).ToHaveTextAsync(OneDecimal(expected.Layers[layer.Id]));
        }
        var cards = page.Locator("[data-testid=compare-items] [data-item]");
        await Expect(cards).ToHaveCountAsync(15);
        var top = await cards.First.GetAttributeAsync("data-item");
        // Item scores from the reference scorer (SCORING.md read independently of Scorer): the first card is the item
        // whose scores spread widest across the three, and it shows each one's score.
        var items = codes.Select(c => ReferenceScorer.ItemScores(app.Seeded.Instrument, app.Seeded.Answers[c])).ToList();
        double? Spread(string item) => items.Select(s => s[item]).OfType<double>().ToList() is { Count: >= 2 } v ? v.Max() - v.Min() : null;
        Near.Equal(items[0].Keys.Max(Spread), Spread(top!));
        for (var i = 0; i < codes.Length; i++)
            await Expect(cards.First.Locator("[data-score]").Nth(i)).ToHaveTextAsync(OneDecimal(items[i][top!] * 100));
        await AssertNoSeriousViolations(page, "compare");
        await page.SaveScreenshotAsync("compare");
        await page.Locator("[data-testid=compare-items]").ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("compare-items");
        await page.Locator("[data-culture=en]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/compare?"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Items where they differ most (top 15)" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("compare-en");
        await page.Locator("[data-culture=zh-CN]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "差异最大的题目（前 15 项）" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=compare-scores] [data-testid=download-csv]").ClickAsync());
        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["measure", .. codes], header);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            for (var i = 0; i < codes.Length; i++)
            {
                var expected = ReferenceScorer.Score(app.Seeded.Instrument, app.Seeded.Answers[codes[i]]);
                var value = fields[0] switch
                {
                    "composite" => expected.Composite,
                    "technology" => expected.Technology,
                    "organization" => expected.Organization,
                    var m => expected.Layers[m["layer:".Length..]],
                };
                // Full precision in the CSV; two implementations agree to rounding noise (Near).
                if (value is null) Assert.Equal(ScoreExport.Format(value), fields[i + 1]);
                else Near.Equal(value, double.Parse(fields[i + 1], CultureInfo.InvariantCulture));
            }
        }
        Assert.Equal(3 + app.Seeded.Instrument.Layers.Count, lines.Length - 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Self_versus_external_shows_the_gap_per_layer_and_the_most_over_and_understated_items()
    {
        var page = await SignedInResearcher($"/dashboards/{app.Seeded.Current}/profile/{DashboardSeed.Hangzhou}");
        await page.Locator("[data-testid=self-vs-external-link]").ClickAsync();
        await Expect(page.Locator("[data-same-instrument=true]")).ToBeVisibleAsync();
        var self = ReferenceScorer.Score(app.Seeded.Instrument, app.SelfRounds.SelfAnswers);
        var external = ReferenceScorer.Score(app.Seeded.Instrument, app.Seeded.Answers[DashboardSeed.Hangzhou]);
        await page.Locator("[data-testid=layer-gaps] [data-testid=show-table]").ClickAsync();
        var rows = page.Locator("[data-testid=layer-gaps] tbody tr");
        var layers = app.Seeded.Instrument.Layers;
        for (var i = 0; i < layers.Count; i++)
        {
            var row = rows.Nth(i + 1);
            await Expect(row.Locator("td[data-csv=self]")).ToHaveTextAsync(OneDecimal(self.Layers[layers[i].Id]));
            await Expect(row.Locator("td[data-csv=external]")).ToHaveTextAsync(OneDecimal(external.Layers[layers[i].Id]));
        }
        var over = page.Locator("[data-testid=overstated] [data-item]").First;
        await Expect(over).ToContainTextAsync("自评佐证");
        await Expect(over.Locator($"a[href^='{SelfVsExternalSeed.EvidenceLink}']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=understated] [data-item]").First).ToBeVisibleAsync();
        await AssertNoSeriousViolations(page, "self-vs-external");
        await page.SaveScreenshotAsync("self-vs-external");
        await over.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("self-vs-external-items");

        // Nanjing used the separate self-assessment instrument: layers only, and the page says so.
        await page.GotoAsync("/dashboards/self-vs-external/3201");
        await Expect(page.Locator("[data-same-instrument=false]")).ToContainTextAsync("egov-self-assessment");
        await Expect(page.Locator("[data-testid=layer-gaps] polygon.series")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=overstated]")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("self-vs-external-layers-only");
        await page.Context.CloseAsync();

        // Hangzhou's own self-assessor may open it too, the external round being published.
        var own = await browser.NewPageAsync(app.Server.BaseUrl);
        await own.SignInAsync("hangzhou", "Hangzhou-demo-2026", $"/dashboards/self-vs-external/{DashboardSeed.Hangzhou}");
        await Expect(own.Locator("[data-testid=layer-gaps]")).ToBeVisibleAsync();
        await own.GotoAsync("/dashboards/self-vs-external/3302");
        await Expect(own.Locator("[data-testid=self-external-error]")).ToContainTextAsync("本地区");
        await own.Context.CloseAsync();
    }

    private async Task<IPage> SignedInResearcher(string path)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync("researcher", "Research-demo-2026", path);
        return page;
    }

    private static async Task AssertNoSeriousViolations(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("\n", serious));
    }
}
