namespace Assessment.Core.Tests.Instruments;

// The rules of each item type: options, anchors, likert points, labels and scales, and keys a type does not take.
public class ItemRuleTests
{
    [Fact]
    public void An_unknown_item_type_is_reported_and_the_message_lists_the_allowed_types()
    {
        var yaml = Yaml.With("type: boolean", "type: slider");

        Yaml.AssertProblem(yaml, "slider", 0,
            "layers[0].indicators[0].items[2].type: unknown item type slider; use one of: likert, boolean, choice, multi, numeric, text");
    }

    [Fact]
    public void An_unknown_axis_is_reported_and_the_message_lists_the_axes()
    {
        var yaml = Yaml.With("axis: organization", "axis: people");

        Yaml.AssertProblem(yaml, "people", 0, "items[2].axis: unknown axis people; use one of: technology, organization");
    }

    [Fact]
    public void An_unknown_evidence_rule_is_reported_and_the_message_lists_the_rules()
    {
        var yaml = Yaml.With("    allow_na: true\n", "    allow_na: true\n            evidence: always\n");

        Yaml.AssertProblem(yaml, "always", 0, "items[3].evidence: unknown evidence rule always; use one of: none, optional, required");
    }

    [Fact]
    public void An_option_score_above_one_is_reported()
    {
        var yaml = Yaml.With("score: 0.5", "score: 1.5");

        Yaml.AssertProblem(yaml, "1.5", 0, "layers[0].indicators[0].items[4].options[0].score: must be a score from 0 to 1 (got 1.5)");
    }

    [Fact]
    public void A_negative_option_score_is_reported()
    {
        var yaml = Yaml.With("score: 0,", "score: -0.1,");

        Yaml.AssertProblem(yaml, "-0.1", 0, "items[3].options[0].score: must be a score from 0 to 1 (got -0.1)");
    }

    [Fact]
    public void An_option_called_NA_is_reported_because_NA_means_not_applicable()
    {
        var yaml = Yaml.With("key: none", "key: na");

        Yaml.AssertProblem(yaml, "na, score", 0, "items[3].options[0].key: 'NA' means not applicable");
    }

    [Fact]
    public void A_choice_item_without_options_is_reported()
    {
        var yaml = Yaml.With("""
                        options:
                          - {key: none, score: 0, text: {zh: 无, en: None}}
                          - {key: full, score: 1, text: {zh: 全, en: Full}}

            """, "");

        Yaml.AssertProblem(yaml, "- id: portal_choice", 2, "items[3].options: required key is missing; list at least 2 options");
    }

    [Fact]
    public void A_choice_item_with_a_single_option_is_reported()
    {
        var yaml = Yaml.With("              - {key: full, score: 1, text: {zh: 全, en: Full}}\n", "");

        Yaml.AssertProblem(yaml, "- {key: none", 0, "items[3].options: must list at least 2 options (got 1)");
    }

    [Fact]
    public void A_multi_item_with_an_empty_option_list_is_reported()
    {
        var yaml = Yaml.With("""
                        options:
                          - {key: app, score: 0.5, text: {zh: 应用, en: App}}
            """, "            options: []");

        Yaml.AssertProblem(yaml, "[]", 0, "items[4].options: must list at least one option (got 0)");
    }

    [Fact]
    public void Options_on_a_type_that_does_not_take_them_are_reported()
    {
        var yaml = Yaml.With("type: multi", "type: boolean");

        Yaml.AssertProblem(yaml, "options:\n              - {key: app", 0,
            "items[4].options: only choice and multi items take options; remove it or change the type (boolean)");
    }

    [Fact]
    public void A_numeric_item_without_anchors_is_reported()
    {
        var yaml = Yaml.With("            anchors: [[0, 0], [60, 0.5], [100, 1]]\n", "");

        Yaml.AssertProblem(yaml, "- id: portal_numeric", 2, "items[5].anchors: required key is missing");
    }

    [Fact]
    public void An_anchor_that_is_not_a_pair_is_reported()
    {
        var yaml = Yaml.With("[60, 0.5]", "[60]");

        Yaml.AssertProblem(yaml, "[60]", 0, "items[5].anchors[1]: must be a pair [x, s] (got a list)");
    }

    [Fact]
    public void Anchor_x_values_not_strictly_ascending_are_reported()
    {
        var yaml = Yaml.With("[100, 1]", "[60, 1]");

        Yaml.AssertProblem(yaml, "60, 1]", 0, "items[5].anchors[2][0]: anchor x values must be strictly ascending: 60 is not greater than the previous x 60");
    }

    [Fact]
    public void An_anchor_score_outside_0_to_1_is_reported()
    {
        var yaml = Yaml.With("[100, 1]", "[100, 2]");

        Yaml.AssertProblem(yaml, "2]]", 0, "items[5].anchors[2][1]: must be a score from 0 to 1 (got 2)");
    }

    [Fact]
    public void A_single_anchor_is_reported()
    {
        var yaml = Yaml.With("[[0, 0], [60, 0.5], [100, 1]]", "[[0, 0]]");

        Yaml.AssertProblem(yaml, "[[0, 0]]", 0, "items[5].anchors: must list at least 2 [x, s] pairs (got 1)");
    }

    [Fact]
    public void A_unit_on_a_choice_item_is_reported()
    {
        var yaml = Yaml.With("    allow_na: true\n", "    allow_na: true\n            unit: {zh: 个, en: pcs}\n");

        Yaml.AssertProblem(yaml, "unit: {zh: 个", 0, "items[3].unit: only numeric items take unit");
    }

    [Fact]
    public void Anchors_on_a_likert_item_are_reported()
    {
        var yaml = Yaml.With("    scale: agree3\n", "    scale: agree3\n            anchors: [[0, 0], [1, 1]]\n");

        Yaml.AssertProblem(yaml, "anchors: [[0, 0], [1, 1]]", 0, "items[1].anchors: only numeric items take anchors");
    }

    [Fact]
    public void A_likert_scale_with_fewer_than_two_points_is_reported()
    {
        var yaml = Yaml.With("type: likert\n            text: {zh: 一网通办", "type: likert\n            points: 1\n            text: {zh: 一网通办");

        Yaml.AssertProblem(yaml, "points: 1", 8, "items[0].points: a likert scale needs at least 2 points (got 1)");
    }

    [Fact]
    public void Labels_not_matching_the_number_of_points_are_reported()
    {
        var yaml = Yaml.With("points: 3", "points: 4");

        Yaml.AssertProblem(yaml, "- {zh: 不符合", 0, "scales.agree3.labels: has 3 labels but the scale has 4 points");
    }

    [Fact]
    public void Inline_labels_are_checked_against_the_default_of_five_points()
    {
        var yaml = Yaml.With("type: likert\n            text: {zh: 一网通办", "type: likert\n            labels: [{zh: 是, en: Yes}]\n            text: {zh: 一网通办");

        Yaml.AssertProblem(yaml, "[{zh: 是, en: Yes}]", 0, "items[0].labels: has 1 labels but the scale has 5 points");
    }

    [Fact]
    public void A_reference_to_an_undeclared_scale_is_reported_listing_the_declared_ones()
    {
        var yaml = Yaml.With("scale: agree3", "scale: agree7");

        Yaml.AssertProblem(yaml, "agree7", 0, "items[1].scale: unknown scale 'agree7'; declared scales: agree3");
    }

    [Fact]
    public void A_scale_together_with_points_is_reported()
    {
        var yaml = Yaml.With("    scale: agree3\n", "    scale: agree3\n            points: 3\n");

        Yaml.AssertProblem(yaml, "points: 3\n            axis", 0, "items[1].points: the scale gives points and labels; remove points or remove scale");
    }

    [Fact]
    public void A_scale_together_with_labels_is_reported()
    {
        var yaml = Yaml.With("    scale: agree3\n", "    scale: agree3\n            labels: [{zh: 是, en: Yes}]\n");

        Yaml.AssertProblem(yaml, "labels: [{zh: 是", 0, "items[1].labels: the scale gives points and labels; remove labels or remove scale");
    }

    [Fact]
    public void A_scale_declared_without_points_is_reported_once_not_again_at_the_items_using_it()
    {
        var yaml = Yaml.With("    points: 3\n", "");

        var problem = Yaml.AssertProblem(yaml, "labels:\n      - {zh: 不符合", 0, "scales.agree3.points: required key is missing");
        Assert.Equal(problem, Assert.Single(Yaml.Load(yaml).Problems));
    }

    [Fact]
    public void A_scale_on_a_numeric_item_is_reported()
    {
        var yaml = Yaml.With("    type: numeric\n", "    type: numeric\n            scale: agree3\n");

        Yaml.AssertProblem(yaml, "scale: agree3\n            anchors", 0, "items[5].scale: only likert items take scale");
    }

    [Theory]
    [InlineData("reverse: false")]
    [InlineData("axis: technology")]
    public void Reverse_or_axis_on_a_text_item_is_reported(string line)
    {
        var yaml = Yaml.With("    type: text\n", $"    type: text\n            {line}\n");
        var key = line[..line.IndexOf(':')];

        Yaml.AssertProblem(yaml, $"{line}\n            text: {{zh: 备注", 0, $"items[6].{key}: a text item is not scored, so it takes no {key}");
    }

    [Fact]
    public void A_scale_id_that_does_not_match_the_pattern_is_reported()
    {
        var yaml = Yaml.With("  agree3:\n", "  3agree:\n");

        Yaml.AssertProblem(yaml, "3agree:", 0, "scales: '3agree' is not a valid scale id");
    }
}
