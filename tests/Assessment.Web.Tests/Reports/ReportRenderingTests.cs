using System.Globalization;
using Assessment.Data.Scores;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;

namespace Assessment.Web.Tests.Reports;

/// <summary>Each shipped report rendered for the demo round, its numbers checked against the scoring engine (RoundScores, hence Scorer).</summary>
public class ReportRenderingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static string Score(double? value) => value!.Value.ToString("0.0", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("zh", "界面整合", "流程优化", "保障体系", "价值理念")]
    [InlineData("en", "Interface integration", "Process optimization", "Safeguard system", "Value orientation")]
    public async Task The_comparative_report_ranks_every_jurisdiction_with_the_engines_composite(string lang, params string[] layers)
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, lang);
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(await fixture.Service().ComparativeAsync(ReportFixture.ExternalRound, definition));

        var scores = RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound);
        Assert.Equal(11, scores.Count);
        foreach (var s in scores)
            Assert.Contains($"data-code=\"{s.JurisdictionCode}\"", html);
        // The ranking's composite cells, top to bottom, are the engine's composites from highest to lowest.
        var expected = scores.Select(s => s.Result.Composite).OrderByDescending(c => c).Select(Score).ToList();
        var ranking = html[html.IndexOf("data-testid=\"ranking\"", StringComparison.Ordinal)..];
        ranking = ranking[..ranking.IndexOf("</table>", StringComparison.Ordinal)];
        var composites = ranking.Split("data-csv=\"composite\">").Skip(2).Select(c => c[..c.IndexOf('<')]).ToList();
        Assert.Equal(expected, composites);
        foreach (var layer in layers) Assert.Contains(layer, html);
        Assert.Contains("<svg class=\"quadrant-map\"", html);
        Assert.Contains("data-testid=\"illustrative\"", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_jurisdiction_report_shows_the_engines_scores_and_names_no_rater(string lang)
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, lang);
        var model = await fixture.Service().JurisdictionAsync(ReportFixture.ExternalRound, "DEMO-H", definition);
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(model);

        var engine = RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound).Single(s => s.JurisdictionCode == "DEMO-H").Result;
        Assert.Contains($"data-testid=\"composite\">{Score(engine.Composite)}<", html);
        foreach (var (id, value) in engine.Layers) Assert.Contains($"data-layer=\"{model.Profile.Dashboard.Instrument.Layers.ToList().FindIndex(l => l.Id == id)}\" data-score=\"{Score(value)}\"", html);
        // Every item of the instrument has its appendix line; raters appear by pseudonym only.
        Assert.Equal(model.Profile.Dashboard.Instrument.Items.Count, html.Split("<tr data-item=").Length - 1);
        var raters = html.Split("class=\"rater\">").Skip(1).Select(r => r[..r.IndexOf('<')]).Distinct().ToList();
        Assert.NotEmpty(raters);
        Assert.All(raters, r => Assert.Matches("^R[0-9]{3}$", r));
        foreach (var name in new[] { "evaluator1", "evaluator2", "评估员一", "Evaluator One", "Lead Evaluator", "主评估员" }) Assert.DoesNotContain(name, html);
        // H city has a published self-assessment of the same period: the gap section is there.
        Assert.Contains("data-section=\"self_vs_external\"", html);
        Assert.Contains("data-section=\"recommendations\"", html);
    }

    [Fact]
    public async Task A_published_only_definition_refuses_an_open_round()
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, "en") with { PublishedOnly = true };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Service().ComparativeAsync(ReportFixture.OpenSelfAssessmentRound, definition));
        Assert.Contains("round 2 is not published", e.Message);
    }

    [Fact]
    public async Task Reports_follow_the_dashboards_access_rules()
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, "en");
        // A researcher sees published rounds only; the open self-assessment round is refused as its dashboard is.
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.ServiceAs("researcher").ComparativeAsync(ReportFixture.OpenSelfAssessmentRound, definition));
        Assert.Equal(11, (await fixture.ServiceAs("researcher").ComparativeAsync(ReportFixture.ExternalRound, definition)).Dashboard.Rows.Count);
        // A self-assessor gets no report on another jurisdiction of a round not yet published, and an evaluator none at all.
        var jurisdiction = ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, "en");
        await Assert.ThrowsAnyAsync<Exception>(() => fixture.ServiceAs("hangzhou").JurisdictionAsync(ReportFixture.OpenSelfAssessmentRound, "DEMO-H", jurisdiction));
        await Assert.ThrowsAsync<ForbiddenException>(() => fixture.ServiceAs("evaluator1").ComparativeAsync(ReportFixture.ExternalRound, definition));
    }

    [Fact]
    public async Task A_filter_in_the_definition_narrows_the_comparative_report()
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, "en") with { Filter = new ReportFilter(["province"], [], [], []) };
        var model = await fixture.Service().ComparativeAsync(ReportFixture.ExternalRound, definition);
        Assert.NotEmpty(model.Dashboard.Rows);
        Assert.All(model.Dashboard.Rows, r => Assert.Equal("province", r.Jurisdiction.Level));
    }
}
