using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assessment.Web.Tests.Reports;

/// <summary>The real app in process with the demo data: the dashboard pages' report and export buttons and what they download.</summary>
public class DemoApp : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "assessment-reports-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("data", DataFolder);
        // Outside Development the demo (and its accounts' sign-in) is there only when asked for.
        builder.UseSetting("demo", "true");
        builder.UseSetting("Security:SignInsPerMinutePerAddress", "10000");
    }

    public async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/signin");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

public sealed class ReportEndpointTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_overview_offers_the_comparative_report_and_the_workbook_to_a_researcher_and_both_download()
    {
        using var client = await app.SignedInAsync("researcher", "Research-demo-2026");
        var overview = await client.GetStringAsync("/dashboards/1/overview");
        Assert.Contains("href=\"reports/1/comparative.html?lang=zh\"", overview);
        Assert.Contains("href=\"exports/1.xlsx\"", overview);

        using var html = await client.GetAsync("/reports/1/comparative.html?lang=en");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("Interface integration", await html.Content.ReadAsStringAsync());
        using var xlsx = await client.GetAsync("/exports/1.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task A_round_the_person_may_not_see_gets_no_report()
    {
        using var client = await app.SignedInAsync("researcher", "Research-demo-2026");
        using var response = await client.GetAsync("/reports/2/comparative.html");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_self_assessor_gets_their_own_jurisdiction_report_but_not_the_raters_workbook()
    {
        using var client = await app.SignedInAsync("hcity", "Hcity-demo-2026");
        var profile = await client.GetStringAsync("/dashboards/1/profile/DEMO-H");
        Assert.Contains("href=\"reports/1/jurisdiction/DEMO-H.html?lang=zh\"", profile);
        using var report = await client.GetAsync("/reports/1/jurisdiction/DEMO-H.html");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var xlsx = await client.GetAsync("/exports/1.xlsx");
        Assert.NotEqual(HttpStatusCode.OK, xlsx.StatusCode);
    }
}
