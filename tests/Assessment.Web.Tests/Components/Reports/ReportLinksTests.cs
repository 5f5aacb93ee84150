using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Components.Reports;
using Assessment.Web.Localization;
using Assessment.Web.Reports;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Components.Reports;

/// <summary>The report buttons of a dashboard page with and without a Chromium at the configured path (Reports:ChromiumPath).</summary>
public sealed class ReportLinksTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-report-links-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly Account researcher;

    public ReportLinksTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        researcher = new AccountStore(db).Create(new NewAccount("links-researcher", "研究员", Roles.Researcher, PasswordHash: "x"), "setup");
    }

    [Theory]
    [InlineData(UiCulture.Chinese, "报告（HTML）", "报告（PDF）", "服务器上没有 Chromium，无法生成 PDF；HTML 版本可用。", "zh")]
    [InlineData(UiCulture.English, "Report (HTML)", "Report (PDF)", "This server has no Chromium, so no PDF can be made; the HTML version works.", "en")]
    public async Task Without_chromium_the_pdf_button_is_disabled_and_a_sentence_says_why_while_html_is_offered(
        string culture, string html, string pdf, string why, string lang)
    {
        await using var ctx = Context(culture, Path.Combine(folder, "no-chromium-here"));

        var links = ctx.Render<ReportLinks>(p => p.Add(l => l.Path, "reports/1/comparative").Add(l => l.ExportRoundId, 1L));

        var htmlButton = links.Find("[data-testid=report-html]");
        Assert.Equal($"reports/1/comparative.html?lang={lang}", htmlButton.GetAttribute("href"));
        Assert.Equal(html, htmlButton.TextContent.Trim());
        var pdfButton = links.Find("[data-testid=report-pdf]");
        Assert.True(pdfButton.HasAttribute("disabled"));
        Assert.Null(pdfButton.GetAttribute("href"));
        Assert.Equal(pdf, pdfButton.TextContent.Trim());
        Assert.Equal(why, links.Find("[data-testid=no-pdf]").TextContent);
        links.WaitForAssertion(() => Assert.NotNull(links.Find("[data-testid=export-xlsx]")));
    }

    [Fact]
    public async Task With_chromium_the_pdf_button_links_to_the_pdf_and_no_sentence_shows()
    {
        // Any file that exists stands for the binary: the buttons only check that it is there.
        var chromium = Path.Combine(folder, "chromium");
        await File.WriteAllTextAsync(chromium, "");
        await using var ctx = Context(UiCulture.English, chromium);

        var links = ctx.Render<ReportLinks>(p => p.Add(l => l.Path, "reports/1/jurisdiction/3301"));

        Assert.Equal("reports/1/jurisdiction/3301.pdf?lang=en", links.Find("[data-testid=report-pdf]").GetAttribute("href"));
        Assert.Empty(links.FindAll("[data-testid=no-pdf]"));
    }

    private AppTestContext Context(string culture, string chromiumPath)
    {
        var ctx = new AppTestContext(culture);
        ctx.Services.AddSingleton(SignedIn.As(db, researcher));
        ctx.Services.AddSingleton(new PdfPrinter(chromiumPath));
        return ctx;
    }

    public void Dispose()
    {
        db.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
