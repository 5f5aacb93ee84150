using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public class InstrumentTests(BrowserFixture browser, AppServerFixture shared)
{
    private const string Broken = "broken-2026.1.yaml";

    [Fact]
    public async Task Lists_files_shows_an_outline_in_both_languages_and_validation_problems_with_lines()
    {
        var folder = CopyOfInstrumentsWithABrokenFile();
        await using var server = await AppServer.StartAsync(folder);
        var page = await browser.NewPageAsync(server.BaseUrl);
        await page.SignInAsync("researcher", "Research-demo-2026", "/instruments");

        var files = page.Locator("[data-testid=instrument-files]");
        await Expect(files).ToContainTextAsync("egov-iceberg-external-2026.1.yaml");
        await Expect(files).ToContainTextAsync(Broken);
        await page.SaveScreenshotAsync("instruments");

        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "egov-iceberg-external-2026.1.yaml" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("[data-testid=valid]")).ToBeVisibleAsync();
        var firstLayer = page.Locator(".layer > summary").First;
        await Expect(firstLayer.Locator("[lang=zh-CN]")).ToHaveTextAsync("界面整合");
        await Expect(firstLayer.Locator("[lang=en]")).ToHaveTextAsync("Interface integration");
        await page.SaveScreenshotAsync("instrument-outline-zh");

        await page.Locator("[data-culture=en]").ClickAsync();
        await Expect(page.Locator("[data-testid=valid]")).ToContainTextAsync("Valid");
        await page.SaveScreenshotAsync("instrument-outline-en");

        await page.GotoAsync($"/instruments/{Broken}");
        // The page lists exactly the validator's problems, each with its line, column and message.
        var expected = Assessment.Core.Instruments.InstrumentLoader.LoadFile(Path.Combine(folder, Broken)).Problems;
        Assert.NotEmpty(expected);
        var rows = page.Locator("[data-testid=problems] tbody tr");
        await Expect(rows).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal($"{expected[i].Line}|{expected[i].Column}|{expected[i].Message}",
                string.Join("|", await rows.Nth(i).Locator("td").AllTextContentsAsync()));
        await page.SaveScreenshotAsync("instrument-problems");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_path_outside_the_instruments_folder_is_refused_with_a_message()
    {
        // Read-only, so on the shared demo app rather than an app of its own.
        var page = await browser.NewPageAsync(shared.Server.BaseUrl);
        await page.SignInAsync("admin", "Admin-demo-2026");
        await page.GotoAsync("/instruments/..%2FREADME.md");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByText("只能打开 instruments/ 目录中的 .yaml 文件。")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static string CopyOfInstrumentsWithABrokenFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assessment-instruments-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppServer.RepositoryRoot(), "instruments"), "*.yaml"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        // An unclosed bracket and missing required keys.
        File.WriteAllText(Path.Combine(folder, Broken), "id: broken\nversion: \"2026.1\"\nweight: [not, a, number\n");
        return folder;
    }
}
