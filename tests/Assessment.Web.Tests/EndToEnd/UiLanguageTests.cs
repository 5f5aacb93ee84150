using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// Issue 10, item 2: Chinese pages show no English UI fragments and English pages no Chinese ones. A walk over the
/// main pages of the shared demo app in both languages reads the visible text of the UI chrome (app bar,
/// navigation, headings of tables, buttons, labels, pagers, tabs, chips, alerts) and looks for words of the other
/// language. Data is not chrome: round names, account display names (typed by people, in one language or both) and
/// the names of the jurisdictions rated (T市G区) are read from the app's database and removed before the scan;
/// codes, ids and abbreviations are allowed below by name.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public partial class UiLanguageTests(BrowserFixture browser, AppServerFixture app)
{
    // Elements whose text is the app's own wording (a MudButton with an address renders as a link: .mud-button-root);
    // their visible text is read, hidden ones (closed menus) are not.
    public const string ChromeSelector =
        "header, nav, th, button, .mud-button-root, label, legend, [role=tab], .mud-chip, .mud-alert, .mud-table-pagination, " +
        ".mud-input-helper-text, .mud-expand-panel-header, summary, .mud-snackbar";

    /// <summary>
    /// Latin words a Chinese page may show: abbreviations used as such in Chinese (CSV, URL), the axis letters of the
    /// quadrant (T, O), codes and ids of the demo data, and the user names of the demo accounts shown in the app bar.
    /// </summary>
    private static readonly HashSet<string> LatinAllowed = new(StringComparer.Ordinal)
    {
        "CSV", "SVG", "URL", "SHA", "HTML", "PDF", "xlsx", "T", "O", "N", "A", "NA", "DEMO", "H", "Z", "TG", "I", "II", "III", "IV", "English",
        "admin", "hcity", "researcher", "egov", "iceberg", "external", "self", "assessment", "https", "http",
    };

    public static readonly string[] Pages =
    [
        "/", "/dashboards", "/dashboards/1/overview", "/dashboards/1/quadrants", "/dashboards/1/heatmap",
        "/dashboards/1/profile/DEMO-H", "/dashboards/1/trend/DEMO-H", "/dashboards/1/compare?j=DEMO-H&j=DEMO-Z",
        "/dashboards/self-vs-external/DEMO-H", "/rounds", "/rounds/1", "/instruments", "/cases", "/accounts", "/review",
    ];

    [Fact]
    public async Task Chinese_pages_show_no_English_and_English_pages_no_Chinese_UI_fragments()
    {
        var data = DataTexts(app.Server.DataFolder);
        var page = await browser.NewPageAsync(app.Server.BaseUrl, 1366, 900);
        await page.SignInAsync("admin", "Admin-demo-2026");
        var found = new List<string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            await page.GotoAsync($"/culture/{culture}?returnUrl=/");
            await page.WaitForCircuitAsync();
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                await page.WaitForCircuitAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var texts = (await ChromeTextAsync(page)).Select(t => data.Aggregate(t, (x, d) => x.Replace(d, " ", StringComparison.Ordinal)));
                found.AddRange(Foreign(culture, texts).Select(f => $"{culture} {path}: {f}"));
            }
        }
        await page.Context.CloseAsync();
        Assert.True(found.Count == 0, "UI text in the other language:\n" + string.Join("\n", found.Distinct()));
    }

    /// <summary>Names held as data: every round's name, account's display name and rated jurisdiction's names, longest first.</summary>
    private static List<string> DataTexts(string dataFolder)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "assessment.db")};Mode=ReadOnly");
        return c.Query<string>("""
            SELECT name FROM rounds UNION SELECT display_name FROM accounts
            UNION SELECT j.name_zh FROM jurisdictions j WHERE j.code IN (SELECT jurisdiction_code FROM responses)
            UNION SELECT j.name_en FROM jurisdictions j WHERE j.code IN (SELECT jurisdiction_code FROM responses)
            """).OrderByDescending(n => n.Length).ToList();
    }

    /// <summary>The visible text of each chrome element, one string per element.</summary>
    public static Task<string[]> ChromeTextAsync(IPage page) => page.EvaluateAsync<string[]>(
        "sel => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null || e.getClientRects().length > 0)" +
        ".map(e => e.innerText || '').filter(t => t.trim().length > 0)", ChromeSelector);

    /// <summary>Words of the other language in chrome texts: Latin words on Chinese pages, Han characters on English ones.</summary>
    public static IEnumerable<string> Foreign(string culture, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            if (culture == "en")
            {
                foreach (Match m in Han().Matches(text))
                    if (!HanAllowed.Any(a => a.Contains(m.Value, StringComparison.Ordinal))) yield return $"'{m.Value}' in '{Short(text)}'";
            }
            else
            {
                foreach (Match m in LatinWord().Matches(text))
                    if (!LatinAllowed.Contains(m.Value)) yield return $"'{m.Value}' in '{Short(text)}'";
            }
        }
    }

    /// <summary>
    /// Chinese an English page may show: the language switch names Chinese in Chinese, and the demo notice quotes the
    /// prefix the demo's round names carry (示例).
    /// </summary>
    private static readonly string[] HanAllowed = ["中文", "示例"];

    private static string Short(string text) => text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "…";

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex Han();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();
}
