using System.Text.RegularExpressions;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

/// <summary>Issue 16's requirements on the content of the 2026.2 instruments (the reasons are in COVERAGE.md).</summary>
public partial class Instruments2026_2Tests
{
    private static readonly Instrument External = Instruments2026.External;
    private static readonly Instrument Self = Instruments2026.Self;

    [Fact]
    public void The_staff_errands_item_is_split_into_a_technology_failure_and_an_organisational_push()
    {
        Assert.Null(External.FindItem("if_staff_errands"));
        Assert.Equal((Axis.Technology, true), (External.FindItem("if_manual_relay")!.Axis, External.FindItem("if_manual_relay")!.Reverse));
        Assert.Equal((Axis.Organization, false), (External.FindItem("sg_concierge_team")!.Axis, External.FindItem("sg_concierge_team")!.Reverse));
        Assert.Equal((Axis.Organization, false), (External.FindItem("sg_informal_coordination")!.Axis, External.FindItem("sg_informal_coordination")!.Reverse));
    }

    [Fact]
    public void Axes_follow_seed_003()
    {
        Assert.Equal(Axis.None, External.FindItem("sg_leader_turnover_risk")!.Axis);
        Assert.Equal(Axis.Organization, External.FindItem("po_sharing_rules")!.Axis);
        Assert.Equal(Axis.Organization, External.FindItem("sg_fei_gai_shi_li")!.Axis);
        var blueprint = External.FindItem("sg_blueprint_unphased")!;
        Assert.Equal((Axis.Organization, true), (blueprint.Axis, blueprint.Reverse));
        Assert.Contains("蓝图", blueprint.Text.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sg_superior_targets", "sg_superior_list_misfit", "sg_superior_targets_pressure")]
    [InlineData("po_dept_barriers", "po_dept_interest_refusal", "po_sharing_case_by_case")]
    [InlineData("sg_lagging_regulation", "sg_regulation_blocks_online", "sg_regulation_hard_to_change")]
    [InlineData("sg_incentives", "sg_incentives_linked", "sg_innovation_spread")]
    [InlineData("va_humane_design", "va_plain_guides", "va_situational_guidance")]
    [InlineData("va_offline_assist", "va_offline_kept", "va_assisted_handling")]
    [InlineData("va_satisfaction_rate", "va_satisfaction_survey", "va_good_review_rate")]
    public void Double_barrelled_items_are_split(string old, string first, string second)
    {
        Assert.Null(External.FindItem(old));
        Assert.NotNull(External.FindItem(first));
        Assert.NotNull(External.FindItem(second));
    }

    [Fact]
    public void Leader_items_ask_one_thing_each()
    {
        Assert.NotNull(External.FindItem("sg_duty_division"));
        Assert.NotNull(External.FindItem("sg_top_leader_settles"));
        Assert.DoesNotContain("职责分工", External.FindItem("sg_dedicated_leader")!.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_security_and_privacy_has_its_own_indicator_in_the_safeguard_layer()
    {
        var security = External.Layers.Single(l => l.Id == "safeguard").Indicators.Single(i => i.Id == "safeguard.security");
        Assert.True(security.Items.Count(i => i.IsScored) >= 3);
    }

    [Theory]
    [InlineData("凑数")]
    [InlineData("健康码")]
    public void Leading_and_outdated_words_are_gone(string word)
    {
        foreach (var instrument in new[] { External, Self })
        {
            Assert.DoesNotContain(instrument.Items, i => i.Text.Zh.Contains(word, StringComparison.Ordinal) ||
                (i.Help?.Zh.Contains(word, StringComparison.Ordinal) ?? false) || i.OptionList.Any(o => o.Text.Zh.Contains(word, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Every_stage_after_the_first_couples_the_layers()
    {
        Assert.Null(External.Stages[0].MinLayer);
        Assert.Equal([40.0, 60.0, 75.0], External.Stages.Skip(2).Select(s => s.MinLayer!.Value));
        Assert.Equal(External.Stages.Select(s => (s.Id, s.Min, s.MinLayer)), Self.Stages.Select(s => (s.Id, s.Min, s.MinLayer)));
    }

    [Theory]
    [InlineData("egov-iceberg-external-2026.2.yaml")]
    [InlineData("egov-self-assessment-2026.2.yaml")]
    public void Every_indicator_and_scored_item_sets_its_weight_with_a_reason(string file)
    {
        var text = RepositoryFile.Read(Path.Combine("instruments", file));
        var blocks = Entries().Split(text).Skip(1).ToList();
        Assert.True(blocks.Count > 30);
        foreach (var block in blocks.Where(b => !b.Contains("type: text", StringComparison.Ordinal)))
        {
            Assert.True(WeightWithReason().IsMatch(block), "no 'weight: x  # reason' in:\n" + block[..Math.Min(200, block.Length)]);
        }
    }

    [Fact]
    public void Every_scored_item_says_where_its_answer_comes_from()
    {
        Assert.All(External.Items.Concat(Self.Items).Where(i => i.IsScored), i => Assert.NotNull(i.Source));
    }

    [Fact]
    public void Self_assessment_items_mirror_external_items_and_multi_level_ones_take_the_same_options()
    {
        var scored = Self.Items.Where(i => i.IsScored).ToList();
        Assert.All(scored, i => Assert.NotNull(i.Matches));
        foreach (var item in scored.Where(i => i.Type == ItemType.Choice))
        {
            // Loaded against the external instrument: an exact match already had to carry the same options.
            Assert.Equal(Equivalence.Exact, item.Equivalence);
            Assert.Equal(External.FindItem(item.Matches!)!.OptionList.Select(o => (o.Key, o.Score)), item.OptionList.Select(o => (o.Key, o.Score)));
        }
    }

    // Indicator and item entries: "      - id: x" (6 spaces) or "          - id: x" (10 spaces).
    [GeneratedRegex(@"\n(?=      - id: |          - id: )")]
    private static partial Regex Entries();

    [GeneratedRegex(@"\n\s+weight: [0-9.]+  # \S")]
    private static partial Regex WeightWithReason();
}
