namespace Assessment.Core.Tests.Instruments;

// Unknown and missing keys, value types, bilingual texts and ids: each reported at the offending node, naming its key path.
public class KeyAndTypeRuleTests
{
    [Fact]
    public void An_unknown_top_level_key_is_reported_at_the_key()
    {
        var yaml = Yaml.With("version: \"1.0\"\n", "version: \"1.0\"\ncolour: red\n");

        Yaml.AssertProblem(yaml, "colour: red", 0, "colour: unknown key", "allowed keys here: id, version, title");
    }

    [Fact]
    public void An_unknown_key_deep_in_an_item_is_reported_with_its_path_and_a_suggestion()
    {
        var yaml = Yaml.With("    weight: 2\n", "    wieght: 2\n");

        Yaml.AssertProblem(yaml, "wieght: 2", 0, "layers[0].indicators[0].items[2].wieght: unknown key; did you mean 'weight'?");
    }

    [Fact]
    public void An_unknown_key_in_a_bilingual_text_is_reported()
    {
        var yaml = Yaml.With("title: {zh: 演示, en: Demo}", "title: {zh: 演示, en: Demo, fr: Démo}");

        Yaml.AssertProblem(yaml, "fr: Démo", 0, "title.fr: unknown key", "zh, en");
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_mapping_naming_the_key()
    {
        var yaml = Yaml.With("    title: {zh: 界面, en: Interface}\n", "");

        Yaml.AssertProblem(yaml, "id: interface\n", 0, "layers[0].title: required key is missing");
    }

    [Fact]
    public void A_missing_item_type_is_reported_and_lists_the_types()
    {
        var yaml = Yaml.With("type: boolean\n            ", "");

        Yaml.AssertProblem(yaml, "id: portal_bool", 0, "layers[0].indicators[0].items[2].type: required key is missing",
            "likert, boolean, choice, multi, numeric, text");
    }

    [Fact]
    public void Text_where_a_number_is_expected_is_reported()
    {
        var yaml = Yaml.With("weight: 2", "weight: heavy");

        Yaml.AssertProblem(yaml, "heavy", 0, "layers[0].indicators[0].items[2].weight: must be a number greater than 0 (got heavy)");
    }

    [Fact]
    public void A_quoted_number_is_text_and_the_message_says_to_remove_the_quotes()
    {
        var yaml = Yaml.With("weight: 2", "weight: \"2\"");

        Yaml.AssertProblem(yaml, "\"2\"", 0, "items[2].weight: must be a number greater than 0 (got \"2\"); remove the quotes");
    }

    [Fact]
    public void A_boolean_must_be_true_or_false()
    {
        var yaml = Yaml.With("reverse: true", "reverse: yes");

        Yaml.AssertProblem(yaml, "reverse: yes", 9, "layers[0].indicators[0].items[2].reverse: must be true or false (got yes)");
    }

    [Fact]
    public void An_unquoted_version_is_reported_because_yaml_reads_it_as_a_number()
    {
        var yaml = Yaml.With("version: \"1.0\"", "version: 1.10");

        Yaml.AssertProblem(yaml, "1.10", 0, "version: must be a quoted string such as \"1.10\"");
    }

    [Fact]
    public void A_bilingual_text_missing_a_language_is_reported_naming_the_language()
    {
        var yaml = Yaml.With("{zh: 是否, en: Yes or no}", "{zh: 是否}");

        Yaml.AssertProblem(yaml, "{zh: 是否}", 0, "layers[0].indicators[0].items[2].text.en: required key is missing");
    }

    [Fact]
    public void A_bilingual_text_with_an_empty_language_is_reported()
    {
        var yaml = Yaml.With("{zh: 起步, en: Emerging}", "{zh: \"\", en: Emerging}");

        Yaml.AssertProblem(yaml, "\"\", en: Emerging", 0, "stages[0].title.zh: must be non-empty Chinese text");
    }

    [Fact]
    public void A_plain_string_where_a_bilingual_text_is_expected_is_reported()
    {
        var yaml = Yaml.With("title: {zh: 演示, en: Demo}", "title: Demo");

        Yaml.AssertProblem(yaml, "Demo", 0, "title: must be a bilingual text {zh: ..., en: ...}", "(got Demo)");
    }

    [Fact]
    public void An_id_that_does_not_match_the_pattern_is_reported()
    {
        var yaml = Yaml.With("id: portal_multi", "id: 9 lives");

        Yaml.AssertProblem(yaml, "9 lives", 0, "items[4].id: '9 lives' is not a valid item id", "starting with a letter");
    }

    [Fact]
    public void An_id_ending_in_a_line_break_is_not_valid()
    {
        var yaml = Yaml.With("id: portal_multi", "id: \"portal_multi\\n\"");

        Yaml.AssertProblem(yaml, "\"portal_multi", 0, @"items[4].id: 'portal_multi\n' is not a valid item id");
    }

    [Fact]
    public void A_key_given_no_value_is_reported()
    {
        var yaml = Yaml.With("    weight: 2\n", "    weight:\n");

        Yaml.AssertProblem(yaml, "weight:\n", 7, "items[2].weight: must be a number greater than 0 (got nothing)");
    }

    [Fact]
    public void A_list_where_a_mapping_is_expected_is_reported()
    {
        var yaml = Yaml.With("- {id: developing, min: 40, title: {zh: 发展, en: Developing}}", "- [developing, 40]");

        Yaml.AssertProblem(yaml, "[developing, 40]", 0, "stages[1]: must be a mapping (a stage) with the keys id, min, min_layer, title (got a list)");
    }

    [Fact]
    public void The_root_must_be_a_mapping()
    {
        Yaml.AssertProblem("- just\n- a list\n", "- just", 0, "(top level): must be a mapping (an instrument)");
    }
}
