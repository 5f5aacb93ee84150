using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Data.Accounts;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Reports;

/// <summary>
/// The comparative report's method quality section holds the Method quality page's figures: the reliability of each
/// layer and the composite, the rank intervals and the stage and quadrant probabilities, read back from the HTML and
/// compared with MethodQualityService (one implementation), the flags against the thresholds the page states.
/// </summary>
public partial class ReportMethodQualityTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static string Statistic(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—";

    [Theory]
    [InlineData("zh", "ICC 差", "α 不宜采信", "内部一致性偏低")]
    [InlineData("en", "ICC poor", "α not reliable", "low consistency")]
    public async Task The_comparative_report_shows_the_method_quality_services_reliability_per_layer_and_composite(
        string lang, string poorIcc, string unreliableAlpha, string lowCronbach)
    {
        var html = await Render(lang);
        var quality = await Service().RoundAsync(ReportFixture.ExternalRound);

        var rows = Rows(html, "reliability");
        Assert.Equal(quality.Reliability.Layers.Count + 1, rows.Count);
        foreach (var (id, layer) in quality.Reliability.Layers)
        {
            var row = rows.Single(r => r["id"] == id);
            var icc = layer.Agreement.Icc;
            Assert.Equal(Statistic(icc?.Icc11), row["ICC(1,1)"]);
            Assert.Equal(Statistic(icc?.Icc2K), row["ICC(2,k)"]);
            Assert.Equal(Statistic(layer.Agreement.Krippendorff?.Interval), row["krippendorff_interval"]);
            Assert.Equal(Statistic(layer.CronbachAlpha), row["cronbach_alpha"]);
            Assert.Equal(layer.Agreement.Jurisdictions.ToString(CultureInfo.InvariantCulture), row["jurisdictions"]);
            // The thresholds the page states: ICC(1,1) < 0.50, interval alpha < 0.667, Cronbach's alpha < 0.70.
            Assert.Equal(icc?.Icc11 < 0.50, row["flags"].Contains(poorIcc));
            Assert.Equal(layer.Agreement.Krippendorff?.Interval < 0.667, row["flags"].Contains(unreliableAlpha));
            Assert.Equal(layer.CronbachAlpha < 0.70, row["flags"].Contains(lowCronbach));
        }
        var composite = rows.Single(r => r["id"] == "composite");
        Assert.Equal(Statistic(quality.Reliability.Composite.Icc?.Icc31), composite["ICC(3,1)"]);
        Assert.Equal(Statistic(quality.Reliability.Composite.Krippendorff?.Ordinal), composite["krippendorff_ordinal"]);
        // The demo round has two raters per jurisdiction, so the composite's agreement is defined.
        Assert.Equal("2", composite["raters"]);
        Assert.NotEqual("—", composite["ICC(1,1)"]);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_comparative_report_shows_the_rank_intervals_and_probabilities_of_the_method_quality_page(string lang)
    {
        var html = await Render(lang);
        var quality = await Service().RoundAsync(ReportFixture.ExternalRound);
        Assert.Equal(11, quality.Jurisdictions.Count);

        var ranks = Rows(html, "rank-intervals");
        var probabilities = Rows(html, "probabilities");
        var stage = quality.Dashboard.Instrument.Stages[0].Id;
        foreach (var j in quality.Jurisdictions)
        {
            var row = ranks.Single(r => r["code"] == j.Row.Jurisdiction.Code);
            Assert.Equal(j.Sensitivity.RankLow.ToString(), row["rank_p5"]);
            Assert.Equal(j.Sensitivity.RankHigh.ToString(), row["rank_p95"]);
            Assert.Equal(j.Sensitivity.MedianRank.ToString(), row["median_rank"]);
            Assert.Contains($"data-low=\"{j.Sensitivity.RankLow}\" data-high=\"{j.Sensitivity.RankHigh}\"", html);
            Assert.Equal(j.Sensitivity.Stages[stage].ToString("P0", CultureInfo.GetCultureInfo(lang == "zh" ? Assessment.Web.Localization.UiCulture.Chinese : Assessment.Web.Localization.UiCulture.English)),
                probabilities.Single(r => r["code"] == j.Row.Jurisdiction.Code)["p_stage:" + stage]);
        }
        Assert.Contains("data-testid=\"rank-interval-chart\"", html);
        Assert.Contains(lang == "zh" ? "1000 次抽样（固定随机种子" : "1000 draws (fixed seed", html);
    }

    [Fact]
    public async Task A_reader_who_may_not_read_results_gets_the_section_saying_so_and_no_figures()
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, "en");
        var model = await fixture.ServiceAs("hcity").ComparativeAsync(ReportFixture.ExternalRound, definition);
        Assert.Null(model.MethodQuality);
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(model);
        Assert.Contains("data-testid=\"method-quality-refused\">Method quality lists every jurisdiction", html);
        Assert.DoesNotContain("data-testid=\"reliability\"", html);
    }

    private async Task<string> Render(string lang)
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, lang);
        await using var renderer = new ReportRenderer();
        return await renderer.RenderAsync(await fixture.Service().ComparativeAsync(ReportFixture.ExternalRound, definition));
    }

    private MethodQualityService Service()
    {
        var user = CurrentUser.Operator(new AccountStore(fixture.Demo.Db));
        return new MethodQualityService(user, fixture.Demo.Db, new DashboardService(user, fixture.Demo.Db));
    }

    /// <summary>A report table's body rows as CSV column name to the text shown.</summary>
    private static List<Dictionary<string, string>> Rows(string html, string testId)
    {
        var table = html[html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal)..];
        table = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</table>", StringComparison.Ordinal)];
        return table.Split("<tr>").Skip(1)
            .Select(row => Cell().Matches(row).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
    }

    [GeneratedRegex("<td[^>]*data-csv=\"([^\"]*)\"[^>]*>(?:<a[^>]*>)?([^<]*)")]
    private static partial Regex Cell();
}
