using System.Globalization;
using Assessment.Core.Scoring;
using Assessment.Data.Scores;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports.Definitions;

namespace Assessment.Web.Tests.Reports;

/// <summary>
/// The layers' coupling in the reports: the jurisdiction summary names the weakest layer and the layer gap and says in
/// words when a layer under a stage's min_layer held the stage back; the comparative ranking has the gap column. The
/// expected gaps and weakest layers are worked here from the engine's layer scores (RoundScores, hence Scorer).
/// </summary>
public class ReportLayerCouplingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static string Score(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private ScoreResult Engine(string code) => RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound).Single(s => s.JurisdictionCode == code).Result;

    [Theory]
    [InlineData("zh", "DEMO-H")]
    [InlineData("en", "DEMO-H")]
    [InlineData("en", "33")]
    public async Task The_jurisdiction_summary_names_the_weakest_layer_and_the_layer_gap(string lang, string code)
    {
        var model = await fixture.Service().JurisdictionAsync(ReportFixture.ExternalRound, code, ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, lang));
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(model);

        var layers = Engine(code).Layers.Where(l => l.Value is not null).Select(l => (l.Key, Value: l.Value!.Value)).ToList();
        var weakest = layers.OrderBy(l => l.Value).First();
        Assert.Contains($"data-testid=\"layer-gap\">{Score(layers.Max(l => l.Value) - weakest.Value)}<", html);
        var title = model.Profile.Dashboard.Instrument.Layers.Single(l => l.Id == weakest.Key).Title;
        var shown = lang == "zh" ? $"{title.Zh}（{Score(weakest.Value)}）" : $"{title.En} ({Score(weakest.Value)})";
        Assert.Contains($"data-testid=\"weakest-layer\" data-layer=\"{weakest.Key}\">{shown}<", html);
        // The iceberg marks the same layer, as the profile page does.
        Assert.Single(html.Split("data-weakest=\"true\"").Skip(1));
        // The demo round's instrument (2026.1) sets no min_layer, so nothing is held back.
        Assert.All(model.Profile.Dashboard.Instrument.Stages, s => Assert.Null(s.MinLayer));
        Assert.DoesNotContain("data-testid=\"held-back\"", html);
    }

    [Theory]
    [InlineData("zh", "综合得分已达到“整合”阶段的下限 60.0，但该阶段要求每个层面至少 {0} 分，{1}（{2}）未达到，因此阶段停留在“发展”。")]
    [InlineData("en", "The composite reaches the cut of the stage “Integrating” (60.0), but that stage needs every layer at {0} or more and {1} ({2}) did not, so the stage stays “Developing”.")]
    public async Task A_stage_held_back_by_a_layer_under_its_min_layer_is_said_in_words(string lang, string sentence)
    {
        var model = await fixture.Service().JurisdictionAsync(ReportFixture.ExternalRound, "31", ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, lang));
        // Shanghai's own answers scored by Scorer.Explain under the demo instrument with its integrating stage coupled
        // (as 2026.2 couples its stages): min_layer one point above Shanghai's weakest layer, so that layer holds it back.
        var answers = RoundScores.AnswersOf(fixture.Demo.Db, ReportFixture.ExternalRound);
        var result = model.Profile.Row.Result;
        Assert.True(result.Composite >= 60, "Shanghai reaches the integrating stage's cut (60) in the demo round");
        var weakest = answers.Instrument.Layers.Single(l => l.Id == result.WeakestLayer);
        var floor = Math.Ceiling(result.Layers[weakest.Id]!.Value) + 1;
        var coupled = answers.Instrument with { Stages = [.. answers.Instrument.Stages.Select(s => s.Id == "integrating" ? s with { MinLayer = floor } : s)] };
        var explanation = Scorer.Explain(coupled, answers.Jurisdictions.Single(j => j.Jurisdiction == "31").Items);
        Assert.Equal("developing", explanation.Result.Stage!.Id);
        var held = model with { Profile = model.Profile with { Row = model.Profile.Row with { Result = explanation.Result }, Explanation = explanation } };
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(held);

        var expected = string.Format(sentence, Score(floor), lang == "zh" ? weakest.Title.Zh : weakest.Title.En, Score(result.Layers[weakest.Id]!.Value));
        Assert.Contains($"data-testid=\"held-back\">{expected}<", html);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task The_comparative_ranking_has_the_layer_gap_of_every_jurisdiction(string lang)
    {
        await using var renderer = new ReportRenderer();
        var html = await renderer.RenderAsync(await fixture.Service().ComparativeAsync(ReportFixture.ExternalRound, ReportDefinitionFiles.Shipped(ReportKind.Comparative, lang)));

        var ranking = html[html.IndexOf("data-testid=\"ranking\"", StringComparison.Ordinal)..];
        ranking = ranking[..ranking.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains(lang == "zh" ? "data-csv=\"layer_gap\">层面差距<" : "data-csv=\"layer_gap\">Layer gap<", ranking);
        var gaps = ranking.Split("data-csv=\"layer_gap\">").Skip(2).Select(c => c[..c.IndexOf('<')]).ToList();
        var expected = RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound)
            .OrderByDescending(s => s.Result.Composite)
            .Select(s => s.Result.Layers.Values.OfType<double>().ToList())
            .Select(l => Score(l.Max() - l.Min()))
            .ToList();
        Assert.Equal(11, gaps.Count);
        Assert.Equal(expected, gaps);
    }
}
