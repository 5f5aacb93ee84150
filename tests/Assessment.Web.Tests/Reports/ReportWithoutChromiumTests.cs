using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Assessment.Web.Tests.Reports;

/// <summary>The demo app with Reports:ChromiumPath naming a file that does not exist, as on a server without Chromium.</summary>
public sealed class NoChromiumApp : DemoApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Reports:ChromiumPath", Path.Combine(DataFolder, "no-chromium-here"));
    }
}

public sealed class ReportWithoutChromiumTests(NoChromiumApp app) : IClassFixture<NoChromiumApp>
{
    [Fact]
    public async Task The_dashboard_says_why_there_is_no_pdf_and_offers_html()
    {
        using var client = await app.SignedInAsync("researcher", "Research-demo-2026");
        var overview = await client.GetStringAsync("/dashboards/1/overview");
        Assert.Matches("data-testid=\"no-pdf\"[^>]*>服务器上没有 Chromium，无法生成 PDF；HTML 版本可用。<", overview);
        Assert.Matches("data-testid=\"report-pdf\"[^>]* disabled", overview);
        Assert.DoesNotContain("href=\"reports/1/comparative.pdf", overview);
        Assert.Contains("href=\"reports/1/comparative.html?lang=zh\"", overview);
    }

    [Theory]
    [InlineData("/reports/1/comparative.pdf?lang=en", "This server has no Chromium, so no PDF can be made; the HTML version works.")]
    [InlineData("/reports/1/jurisdiction/DEMO-H.pdf?lang=zh", "服务器上没有 Chromium，无法生成 PDF；HTML 版本可用。")]
    public async Task The_pdf_endpoint_answers_with_a_sentence_not_an_error_page(string path, string sentence)
    {
        using var client = await app.SignedInAsync("researcher", "Research-demo-2026");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(sentence, body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at Assessment.", body);
    }

    [Theory]
    [InlineData("/reports/1/comparative.html?lang=en", "Interface integration")]
    [InlineData("/reports/1/jurisdiction/DEMO-H.html?lang=zh", "界面整合")]
    public async Task The_html_report_still_works(string path, string layer)
    {
        using var client = await app.SignedInAsync("researcher", "Research-demo-2026");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains(layer, html);
    }
}
