using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

// matches / equivalence / source on an item; matches checked against the external instrument when it is given.
public class MatchRuleTests
{
    // The external instrument: the test instrument itself, so every item id of Yaml.Valid can be matched.
    private static readonly Instrument External = Yaml.Load(Yaml.Valid).Instrument!;

    private const string Likert = "id: portal_likert\n            type: likert\n";

    private static string Matching(string keys) => Yaml.With(Likert, Likert + $"            {keys}\n");

    [Fact]
    public void Source_matches_and_equivalence_are_read()
    {
        var yaml = Matching("matches: portal_likert\n            equivalence: exact\n            source: self-report");

        var item = InstrumentLoader.LoadText(yaml, Yaml.Source, External).Instrument!.FindItem("portal_likert")!;
        Assert.Equal("portal_likert", item.Matches);
        Assert.Equal(Equivalence.Exact, item.Equivalence);
        Assert.Equal(ItemSource.SelfReport, item.Source);
    }

    [Fact]
    public void An_unknown_source_lists_the_three_allowed()
    {
        Yaml.AssertProblem(Matching("source: rumour"), "rumour", 0, "source: unknown source rumour; use one of: public, submitted, self-report");
    }

    [Fact]
    public void Matches_without_equivalence_is_reported_at_matches()
    {
        Yaml.AssertProblem(Matching("matches: portal_bool"), "matches: portal_bool", 0,
            "items[0].equivalence: required key is missing beside matches");
    }

    [Fact]
    public void Equivalence_without_matches_is_reported()
    {
        Yaml.AssertProblem(Matching("equivalence: partial"), "equivalence: partial", 0, "add matches: <external item id> or remove it");
    }

    [Fact]
    public void A_text_item_cannot_match()
    {
        var yaml = Yaml.With("type: text\n", "type: text\n            matches: portal_note\n            equivalence: partial\n");

        Yaml.AssertProblem(yaml, "matches: portal_note", 0, "a text item is not scored");
    }

    [Fact]
    public void Without_the_external_instrument_an_unknown_id_is_not_checked()
    {
        Assert.True(Yaml.Load(Matching("matches: nowhere\n            equivalence: partial")).IsValid);
    }

    [Fact]
    public void With_the_external_instrument_an_unknown_id_is_reported_at_its_value()
    {
        var yaml = Matching("matches: nowhere\n            equivalence: partial");

        AssertProblemAgainst(yaml, "nowhere", "items[0].matches: demo 1.0 has no item 'nowhere'");
    }

    [Fact]
    public void An_external_text_item_cannot_be_matched()
    {
        AssertProblemAgainst(Matching("matches: portal_note\n            equivalence: partial"), "portal_note\n            equivalence",
            "has only an unscored text item 'portal_note'");
    }

    [Fact]
    public void An_exact_match_must_score_alike()
    {
        // portal_likert (5 points) mirroring portal_scaled (3 points): the same answer would score differently.
        var yaml = Matching("matches: portal_scaled\n            equivalence: exact");

        AssertProblemAgainst(yaml, "exact", "equivalence: exact means the same answers score the same as 'portal_scaled', but the points differ (5 here, 3 there)");
    }

    [Fact]
    public void A_partial_match_may_score_differently()
    {
        var yaml = Matching("matches: portal_bool\n            equivalence: partial");

        Assert.True(InstrumentLoader.LoadText(yaml, Yaml.Source, External).IsValid);
    }

    [Fact]
    public void Two_items_matching_one_external_item_are_reported_at_the_second()
    {
        var yaml = Matching("matches: portal_bool\n            equivalence: partial");
        yaml = Yaml.With(yaml, "type: numeric\n", "type: numeric\n            matches: portal_bool\n            equivalence: partial\n");

        AssertProblemAgainst(yaml, "portal_bool\n            equivalence: partial\n            anchors", "'portal_bool' is already matched by item 'portal_likert'");
    }

    private static void AssertProblemAgainst(string yaml, string needle, string fragment)
    {
        var result = InstrumentLoader.LoadText(yaml, Yaml.Source, External);
        Assert.False(result.IsValid);
        var (line, column) = Yaml.Locate(yaml, needle);
        Assert.Contains(result.Problems, p => p.Line == line && p.Column == column && p.Message.Contains(fragment, StringComparison.Ordinal));
    }
}
