namespace Assessment.Core.Tests.Instruments;

// Ids, weights, stages, thresholds and lists: the rules about the instrument's structure.
public class StructureRuleTests
{
    [Fact]
    public void A_duplicate_id_across_layers_indicators_and_items_names_both_places()
    {
        var yaml = Yaml.With("id: portal_note", "id: interface.portal");
        var (firstLine, firstColumn) = Yaml.Locate(yaml, "interface.portal\n        title");

        Yaml.AssertProblem(yaml, "interface.portal\n            type: text", 0,
            "layers[0].indicators[0].items[6].id: duplicate id 'interface.portal'",
            $"first defined at line {firstLine}, column {firstColumn}, layers[0].indicators[0].id");
    }

    [Fact]
    public void A_duplicate_stage_id_is_reported()
    {
        var yaml = Yaml.With("id: developing", "id: emerging");

        Yaml.AssertProblem(yaml, "emerging, min: 40", 0, "stages[1].id: duplicate stage id 'emerging' (first defined at line 5");
    }

    [Fact]
    public void A_duplicate_option_key_within_an_item_is_reported()
    {
        var yaml = Yaml.With("key: full", "key: none");

        Yaml.AssertProblem(yaml, "none, score: 1", 0, "items[3].options[1].key: duplicate option key 'none'");
    }

    [Fact]
    public void The_same_option_key_in_two_items_is_fine()
    {
        var yaml = Yaml.With("key: app", "key: full");

        Assert.True(Yaml.Load(yaml).IsValid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_weight_not_greater_than_zero_is_reported(string weight)
    {
        var yaml = Yaml.With("    title: {zh: 门户, en: Portal}\n", $"    title: {{zh: 门户, en: Portal}}\n        weight: {weight}\n");

        Yaml.AssertProblem(yaml, $"weight: {weight}", 8, $"layers[0].indicators[0].weight: must be a number greater than 0 (got {weight})");
    }

    [Fact]
    public void Stage_mins_that_do_not_ascend_are_reported()
    {
        var yaml = Yaml.With("min: 40", "min: 0");

        Yaml.AssertProblem(yaml, "0, title: {zh: 发展", 0, "stages[1].min: stage mins must be strictly ascending");
    }

    [Fact]
    public void A_first_stage_not_starting_at_zero_is_reported()
    {
        var yaml = Yaml.With("min: 0,", "min: 10,");

        Yaml.AssertProblem(yaml, "10,", 0, "stages[0].min: the first stage must start at 0");
    }

    [Fact]
    public void A_stage_min_above_100_is_reported()
    {
        var yaml = Yaml.With("min: 40", "min: 140");

        Yaml.AssertProblem(yaml, "140", 0, "stages[1].min: must be a number from 0 to 100 (got 140)");
    }

    [Theory]
    [InlineData("technology_threshold", "-5")]
    [InlineData("organization_threshold", "101")]
    public void A_quadrant_threshold_outside_0_to_100_is_reported(string key, string value)
    {
        var yaml = Yaml.With("stages:\n", $"quadrants:\n  {key}: {value}\nstages:\n");

        Yaml.AssertProblem(yaml, $"{key}: {value}", key.Length + 2, $"quadrants.{key}: must be a number from 0 to 100 (got {value})");
    }

    [Theory]
    [InlineData("layers", "layer")]
    [InlineData("stages", "stage")]
    public void An_empty_required_list_is_reported(string key, string noun)
    {
        var start = Yaml.Valid.IndexOf($"{key}:\n", StringComparison.Ordinal);
        var end = key == "layers" ? Yaml.Valid.Length : Yaml.Valid.IndexOf("scales:", StringComparison.Ordinal);
        var yaml = Yaml.Valid[..start] + $"{key}: []\n" + Yaml.Valid[end..];

        Yaml.AssertProblem(yaml, $"{key}: []", key.Length + 2, $"{key}: must list at least one {noun} (got 0)");
    }

    [Fact]
    public void An_indicator_with_an_empty_item_list_is_reported()
    {
        var start = Yaml.Valid.IndexOf("        items:\n", StringComparison.Ordinal);
        var yaml = Yaml.Valid[..start] + "        items: []\n";

        Yaml.AssertProblem(yaml, "[]", 0, "layers[0].indicators[0].items: must list at least one item (got 0)");
    }

    [Fact]
    public void A_layer_with_an_empty_indicator_list_is_reported()
    {
        var start = Yaml.Valid.IndexOf("    indicators:\n", StringComparison.Ordinal);
        var yaml = Yaml.Valid[..start] + "    indicators: []\n";

        Yaml.AssertProblem(yaml, "[]", 0, "layers[0].indicators: must list at least one indicator (got 0)");
    }
}
