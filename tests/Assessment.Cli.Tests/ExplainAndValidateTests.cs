namespace Assessment.Cli.Tests;

public class ExplainAndValidateTests
{
    [Fact]
    public void Explain_traces_each_item_to_its_share_of_the_indicator()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("explain", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--jurisdiction", "X");

        Assert.True(exit == 0, errors);
        Assert.Contains("composite 50.0  completeness 87.5%  stage high  technology 75.0  organization 62.5  quadrant IV  layer gap 50.0", output);
        Assert.Contains("indicator b.one (weight 1): 37.5", output);
        // q4: r1 'part' (0.5), r2 unanswered (0): mean 0.25, half the indicator's weight -> 12.5 points.
        var q4 = output.Split('\n').Single(l => l.TrimStart().StartsWith("q4 "));
        Assert.Contains("part | -", q4);
        Assert.Contains("0.2500", q4);
        Assert.Contains("0.500", q4);
        Assert.Contains("12.50", q4);
    }

    [Fact]
    public void Explain_names_the_jurisdictions_it_has_when_asked_for_another()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("explain", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--jurisdiction", "W");

        Assert.Equal(2, exit);
        Assert.Contains("no answers for jurisdiction 'W'. Jurisdictions in the file: X, Y", errors);
    }

    [Fact]
    public void Explain_as_json_carries_full_precision()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("explain", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--jurisdiction", "X", "--format", "json");

        Assert.True(exit == 0, errors);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(5, items.Length);
        var q4 = items.Single(i => i.GetProperty("item").GetString() == "q4");
        Assert.Equal(12.5, q4.GetProperty("points").GetDouble(), 12);
    }

    [Fact]
    public void Explain_names_the_layer_that_held_a_stage_back()
    {
        using var cli = new CliRun();
        // X: composite 50 meets high's min, but layer b (37.5) is below min_layer 40, so X stays low.
        var instrument = CliRun.Instrument.Replace("{id: high, min: 50,", "{id: high, min: 50, min_layer: 40,");
        var (exit, output, errors) = cli.Run("explain", "--instrument", cli.Write("cli-test-1.yaml", instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--jurisdiction", "X", "--format", "json");

        Assert.True(exit == 0, errors);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var result = json.RootElement.GetProperty("result");
        Assert.Equal("low", result.GetProperty("stage").GetString());
        Assert.Equal(50.0, result.GetProperty("layer_gap").GetDouble(), 12);
        var hold = result.GetProperty("held_back").EnumerateArray().Single();
        Assert.Equal("high", hold.GetProperty("stage").GetString());
        var layer = hold.GetProperty("layers").EnumerateArray().Single();
        Assert.Equal("b", layer.GetProperty("layer").GetString());
        Assert.Equal(37.5, layer.GetProperty("score").GetDouble(), 12);

        var (_, text, _) = cli.Run("explain", "--instrument", cli.Write("cli-test-1.yaml", instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--jurisdiction", "X");
        Assert.Contains("held back from stage high (composite 50.0 met, min_layer 40.0 not) by: layer b 37.5", text);
    }

    [Fact]
    public void Validate_accepts_a_valid_instrument()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("validate", cli.Write("cli-test-1.yaml", CliRun.Instrument));

        Assert.True(exit == 0, errors);
        Assert.Contains("valid — cli-test 1, 2 layers, 2 indicators, 5 items", output);
    }

    [Fact]
    public void Validate_reports_problems_with_file_line_and_column_and_exits_2()
    {
        using var cli = new CliRun();
        var path = cli.Write("cli-test-1.yaml", CliRun.Instrument.Replace("weight: 3", "weight: -3").Replace("score: 0.5", "score: 1.5"));
        var (exit, output, errors) = cli.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(path + ":18:") && l.Contains("weight"));
        Assert.Contains(lines, l => l.StartsWith(path + ":33:") && l.Contains("score"));
    }

    [Fact]
    public void Validate_against_an_external_instrument_checks_each_match()
    {
        using var cli = new CliRun();
        var external = cli.Write("cli-test-1.yaml", CliRun.Instrument);
        var self = CliRun.Instrument.Replace("id: cli-test\n", "id: cli-self\n").Replace("- id: q4\n", "- id: q4\n            matches: q9\n            equivalence: partial\n");
        var path = cli.Write("cli-self-1.yaml", self);

        Assert.Equal(0, cli.Run("validate", path).Exit); // without --against only the form of matches is checked
        var (exit, output, errors) = cli.Run("validate", path, "--against", external);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(path + ":28:22: layers[1].indicators[0].items[1].matches: cli-test 1 has no item 'q9'", errors);
    }

    [Fact]
    public void Validate_of_a_missing_file_says_so_without_a_stack_trace()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("validate", Path.Combine(cli.Folder, "nope.yaml"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.yaml", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    [Fact]
    public void An_unknown_command_lists_the_commands()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("unknown command 'frobnicate'", errors);
        Assert.Contains("score --instrument", errors);
    }
}
