using Assessment.Core.Instruments;
using Assessment.Core.Tests.Instruments;
using Assessment.Web.Demo;

namespace Assessment.Web.Tests.Demo;

/// <summary>
/// The neutral answer per item type on items of the 2026.2 external instrument; each expected answer worked by hand
/// from the item's scale, options or anchors (in the comment beside it).
/// </summary>
public sealed class NeutralAnswerTests
{
    private static readonly Instrument External = InstrumentLoader.LoadFile(
        RepositoryFile.PathOf(Path.Combine("instruments", "egov-iceberg-external-2026.2.yaml"))).Instrument!;

    [Theory]
    // likert, five points: point 3 scores (3 - 1) / 4 = 0.5; reverse items too (1 - 0.5).
    [InlineData("va_continuous_improvement", 0, "3")]
    [InlineData("po_systems_silo", 1, "3")]
    // boolean: no 0 and yes 1 are equally far from 0.5, so the first rater says no and the second yes (mean 0.5).
    [InlineData("sg_third_party_eval", 0, "no")]
    [InlineData("sg_third_party_eval", 1, "yes")]
    // choice: portal_only 0.35 is 0.15 from 0.5, both_partial 0.7 is 0.2 away.
    [InlineData("if_one_network_one_app", 0, "portal_only")]
    [InlineData("if_one_network_one_app", 1, "portal_only")]
    // choice with an option at 0.5: one_of.
    [InlineData("if_cross_province_desk", 0, "one_of")]
    // multi: prefixes sum to 0, 0.3, 0.6, ...; 0.6 is 0.1 from 0.5, 0.3 is 0.2 away.
    [InlineData("if_channels", 0, "pc_portal;mobile_app")]
    // multi: 0.25 + 0.25 = 0.5 exactly.
    [InlineData("po_step_measures", 1, "cancel;merge")]
    // numeric: anchors (30, 0.2) and (60, 0.6): 30 + (0.5 - 0.2) / 0.4 * 30 = 52.5.
    [InlineData("if_full_online_share", 0, "52.5")]
    // numeric: anchors (90, 0.3) and (98, 0.8): 90 + 0.2 / 0.5 * 8 = 93.2.
    [InlineData("va_good_review_rate", 0, "93.2")]
    // numeric: anchors (0, 0) and (2, 0.5): 2 meetings.
    [InlineData("sg_top_leader_meetings", 1, "2")]
    public void The_neutral_answer_scores_nearest_the_middle(string itemId, int rater, string expected)
    {
        Assert.Equal(expected, NeutralAnswer.For(External.FindItem(itemId)!, rater));
    }

    [Fact]
    public void A_text_item_has_no_neutral_answer()
    {
        Assert.Throws<ArgumentException>(() => NeutralAnswer.For(External.FindItem("if_platform_names")!, 0));
    }
}
