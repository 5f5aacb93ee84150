using System.Text.Json;
using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Answers;
using Assessment.Core.Scoring;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Analytics;

/// <summary>Reliability of a round: which values enter each statistic, and the JSON shape of the command line.</summary>
public class RoundReliabilityTests
{
    // Items a and b (5-point likert) in one indicator of one layer; two raters, three jurisdictions.
    private static readonly Core.Instruments.Instrument Instrument = OneIndicator(Likert("a"), Likert("b"));

    private static IReadOnlyList<JurisdictionAnswers> Round()
    {
        var b = new AnswerSetBuilder(Instrument);
        void Add(string j, string item, int? r1, int? r2)
        {
            b.Add(j, "r1", item, r1 is { } p1 ? new Answer.Likert(p1) : null);
            b.Add(j, "r2", item, r2 is { } p2 ? new Answer.Likert(p2) : null);
        }
        Add("J1", "a", 5, 4);
        Add("J1", "b", 5, 5);
        Add("J2", "a", 3, 3);
        Add("J2", "b", null, 3); // r1 left b unanswered
        Add("J3", "a", 1, 2);
        Add("J3", "b", 1, 1);
        return b.Build();
    }

    [Fact]
    public void Item_agreement_is_computed_on_item_scores_of_every_jurisdiction_both_raters_answered()
    {
        var report = RoundReliability.Compute(Instrument, Round());
        var a = report.Items["a"];
        Assert.Equal((3, 2), (a.Jurisdictions, a.Raters));
        // Scores (1, .75), (.5, .5), (0, .25): BMS = 2 * (.375^2 + 0 + .375^2) / 2 = 25/96... worked: BMS = .28125,
        // WMS = (2 * .125^2 + 0 + 2 * .125^2) / 3 = 1/48; ICC(1,1) = (BMS - WMS) / (BMS + WMS) = 25/29.
        Assert.Equal(25 / 29.0, a.Icc!.Icc11!.Value, 12);
        // Interval alpha: observed 2 * .0625 * 2 = .25 (each unit has m - 1 = 1); six values, mean .5, sum of
        // squares .625, expected 2 * 6 * .625 = 7.5; alpha = 1 - 5 * .25 / 7.5 = 5/6.
        Assert.Equal(5 / 6.0, a.Krippendorff!.Interval!.Value, 12);

        // b: J2 has one rater's value, so the ICC has two rows; Krippendorff cannot pair J2's single value either.
        var b = report.Items["b"];
        Assert.Equal(2, b.Jurisdictions);
        Assert.Equal(1, b.Icc!.Icc11!.Value, 12);
        Assert.Equal(1, b.Krippendorff!.Nominal!.Value, 12);
    }

    [Fact]
    public void A_raters_indicator_score_counts_only_when_that_rater_answered_all_of_it()
    {
        var report = RoundReliability.Compute(Instrument, Round());
        // J2's r1 left b unanswered, so J2 is not a row of the indicator's ICC; J1 (100, 87.5) and J3 (0, 12.5) are.
        // BMS = 2 * (43.75^2 * 2) / 1 = 7656.25, WMS = (4 * 6.25^2) / 2 = 78.125; ICC(1,1) = 7578.125 / 7734.375.
        var indicator = report.Indicators["I"];
        Assert.Equal(2, indicator.Jurisdictions);
        Assert.Equal(7578.125 / 7734.375, indicator.Icc!.Icc11!.Value, 12);
        Assert.Equal(indicator.Icc.Icc11, report.Composite.Icc!.Icc11);
    }

    [Fact]
    public void Cronbachs_alpha_of_a_layer_uses_the_jurisdictions_with_every_item_fully_answered()
    {
        var layer = RoundReliability.Compute(Instrument, Round()).Layers["L"];
        // J2 is partly answered and left out. J1 (.875, 1), J3 (.125, 0): item variances .28125 and .5, totals
        // 1.875 and .125 with variance 1.53125; alpha = 2 * (1 - .78125 / 1.53125) = 48/49.
        Assert.Equal((2, 2), (layer.Items, layer.Jurisdictions));
        Assert.Equal(48 / 49.0, layer.CronbachAlpha!.Value, 12);
    }

    [Fact]
    public void The_json_has_the_issues_keys_and_null_where_a_statistic_is_undefined()
    {
        // One rater only: no ICC, no pairable values, no Cronbach (one jurisdiction).
        var b = new AnswerSetBuilder(Instrument);
        b.Add("J1", "r1", "a", new Answer.Likert(2));
        b.Add("J1", "r1", "b", new Answer.Likert(3));
        var report = RoundReliability.Compute(Instrument, b.Build());
        using var stream = new MemoryStream();
        ReliabilityExport.WriteJson(stream, report);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(["instrument", "items", "indicators", "layers", "composite"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("test", root.GetProperty("instrument").GetProperty("id").GetString());
        var item = root.GetProperty("items").GetProperty("a");
        Assert.Equal(["jurisdictions", "raters", "icc", "krippendorff"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("icc").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("krippendorff").ValueKind);
        var layer = root.GetProperty("layers").GetProperty("L");
        Assert.Equal(["cronbach_alpha", "items", "jurisdictions", "raters", "icc", "krippendorff"], layer.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, layer.GetProperty("cronbach_alpha").ValueKind);
        Assert.Equal(["jurisdictions", "raters", "icc", "krippendorff"], root.GetProperty("composite").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_json_names_the_six_icc_forms_and_three_levels_at_full_precision()
    {
        var report = RoundReliability.Compute(Instrument, Round());
        using var stream = new MemoryStream();
        ReliabilityExport.WriteJson(stream, report);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var a = doc.RootElement.GetProperty("items").GetProperty("a");
        Assert.Equal(["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"],
            a.GetProperty("icc").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["nominal", "ordinal", "interval"], a.GetProperty("krippendorff").EnumerateObject().Select(p => p.Name));
        // The very double computed, not a rounded text of it.
        Assert.Equal(report.Items["a"].Icc!.Icc11!.Value, a.GetProperty("icc").GetProperty("ICC(1,1)").GetDouble());
    }
}
