using System.Text.Json;

namespace Assessment.Cli.Tests;

public class ScoreCommandTests
{
    [Fact]
    public void Scores_every_jurisdiction_as_json_with_hand_computed_values()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers));

        Assert.True(exit == 0, errors);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("cli-test", json.RootElement.GetProperty("instrument").GetProperty("id").GetString());
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());

        var x = results[0];
        Assert.Equal("X", x.GetProperty("jurisdiction").GetString());
        Assert.Equal(50.0, x.GetProperty("composite").GetDouble(), 12);
        Assert.Equal(50.0, x.GetProperty("layer_gap").GetDouble(), 12); // layers 87.5 and 37.5
        Assert.Equal(0.875, x.GetProperty("completeness").GetDouble(), 12);
        Assert.Equal("high", x.GetProperty("stage").GetString());
        Assert.Equal(75.0, x.GetProperty("technology").GetDouble(), 12);
        Assert.Equal(62.5, x.GetProperty("organization").GetDouble(), 12);
        Assert.Equal("IV", x.GetProperty("quadrant").GetString());
        Assert.Equal(87.5, x.GetProperty("layers").GetProperty("a").GetDouble(), 12);
        Assert.Equal(37.5, x.GetProperty("layers").GetProperty("b").GetDouble(), 12);
        Assert.Equal(37.5, x.GetProperty("indicators").GetProperty("b.one").GetDouble(), 12);

        var y = results[1];
        Assert.Equal(0.0, y.GetProperty("composite").GetDouble(), 12);
        Assert.Equal(0.0, y.GetProperty("layer_gap").GetDouble(), 12); // both layers 0
        Assert.Equal(0.25, y.GetProperty("completeness").GetDouble(), 12);
        Assert.Equal("I", y.GetProperty("quadrant").GetString());
        Assert.Equal("low", y.GetProperty("stage").GetString());
    }

    [Fact]
    public void Writes_na_as_null_and_full_precision()
    {
        using var cli = new CliRun();
        // Z: every rater says NA to both items of layer a, so it is NA and the composite is layer b alone; T has no non-NA item.
        // q3 = (1 + 0 + 0)/3, q4 = (1 + 0 + 0)/3 (two raters left it), b.one = 100 x (1/3 + 1/3)/2 = 33.33...
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", "jurisdiction,rater,item,value\nZ,r1,q1,NA\nZ,r2,q1,NA\nZ,r3,q1,NA\nZ,r1,q2,NA\nZ,r2,q2,NA\nZ,r3,q2,NA\nZ,r1,q3,100\nZ,r2,q3,0\nZ,r3,q3,0\nZ,r1,q4,full\n"));

        Assert.True(exit == 0, errors);
        var z = JsonDocument.Parse(output).RootElement.GetProperty("results")[0];
        Assert.Equal(JsonValueKind.Null, z.GetProperty("layers").GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, z.GetProperty("technology").ValueKind);
        Assert.Equal(JsonValueKind.Null, z.GetProperty("quadrant").ValueKind);
        Assert.Equal(100.0 / 3, z.GetProperty("composite").GetDouble(), 12);
        Assert.Equal(0.0, z.GetProperty("layer_gap").GetDouble(), 12); // one non-NA layer: gap 0
        Assert.Equal(100.0 / 3, z.GetProperty("organization").GetDouble(), 12);
        Assert.True(z.GetProperty("composite").GetRawText().Length >= 16, "full precision, not rounded: " + z.GetProperty("composite").GetRawText());
    }

    [Fact]
    public void Scores_as_csv_with_one_column_per_layer_and_indicator()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", CliRun.Answers), "--format", "csv");

        Assert.True(exit == 0, errors);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("jurisdiction,composite,layer_gap,completeness,stage,technology,organization,quadrant,layer:a,layer:b,indicator:a.one,indicator:b.one", lines[0]);
        Assert.Equal("X,50,50,0.875,high,75,62.5,IV,87.5,37.5,87.5,37.5", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Reports_every_bad_row_with_its_line_and_scores_nothing()
    {
        using var cli = new CliRun();
        const string answers = """
            jurisdiction,rater,item,value
            X,r1,q1,6
            X,r1,q9,3
            X,r1,q3,"not a number"
            X,r1,q4,maybe
            X,r1,q2,yes
            X,r1,q2,no
            """;
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", answers));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("a.csv:2: ", errors);   // likert out of range
        Assert.Contains("a.csv:3: column item: 'q9'", errors);
        Assert.Contains("a.csv:4: ", errors);   // text in a numeric item
        Assert.Contains("a.csv:5: ", errors);   // unknown option
        Assert.Contains("a.csv:7: ", errors);   // a second answer to the same item
        Assert.DoesNotContain("a.csv:6: ", errors);
        Assert.Contains("5 bad row(s); nothing was scored", errors);
    }

    [Fact]
    public void A_raters_name_in_two_cases_is_one_rater_as_when_the_file_is_imported()
    {
        using var cli = new CliRun();
        // One rater: q1 = 1 (likert 5), q3 = 1 (100); q2 and q4 unanswered (0). a.one = 100 (1 + 0)/2 = 50,
        // b.one = 100 (1 + 0)/2 = 50, composite 50, completeness 2/4. (Two raters would halve each: 25 and 1/4.)
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", "jurisdiction,rater,item,value\nX,Wang,q1,5\nX,wang,q3,100\n"));

        Assert.True(exit == 0, errors);
        var x = JsonDocument.Parse(output).RootElement.GetProperty("results")[0];
        Assert.Equal(50.0, x.GetProperty("composite").GetDouble(), 12);
        Assert.Equal(0.5, x.GetProperty("completeness").GetDouble(), 12);
    }

    [Fact]
    public void A_second_answer_to_an_item_by_a_rater_in_another_case_is_a_located_error()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", "jurisdiction,rater,item,value\nX,Wang,q1,5\nX,wang,q1,1\n"));

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("a.csv:3: column rater: a second answer of rater 'wang' to item q1 for 'X' (first on line 2, as 'Wang'; ", errors);
        Assert.Contains("1 bad row(s); nothing was scored", errors);
    }

    [Fact]
    public void Counts_lines_of_quoted_fields_that_span_lines()
    {
        using var cli = new CliRun();
        var answers = "jurisdiction,rater,item,value\nX,r1,q5,\"two\nlines\"\nX,r1,q1,9\n";
        var (exit, _, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", answers));

        Assert.Equal(2, exit);
        Assert.Contains("a.csv:4: ", errors);
    }

    [Fact]
    public void Refuses_a_header_without_the_required_columns()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("score", "--instrument", cli.Write("cli-test-1.yaml", CliRun.Instrument),
            "--answers", cli.Write("a.csv", "jurisdiction,item,answer\nX,q1,3\n"));

        Assert.Equal(2, exit);
        Assert.Contains("a.csv:1: header: missing column(s) rater, value; unknown column(s) answer", errors);
    }

    [Fact]
    public void Says_what_is_wrong_with_the_options()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("score", "--answers", "a.csv", "--format", "xml", "--colour", "red");

        Assert.Equal(2, exit);
        Assert.Contains("Unrecognized command or argument '--colour'.", errors);
        Assert.Contains("Option '--instrument' is required.", errors);
        Assert.Contains("Argument 'xml' not recognized. Must be one of: 'json' 'csv'", errors);
        Assert.Contains("usage: assessment score --instrument <yaml> --answers <csv> [--format <json|csv>]", errors);
        Assert.DoesNotContain("   at ", errors);   // no stack trace
    }

    [Fact]
    public void Help_describes_the_command_and_exits_0()
    {
        using var cli = new CliRun();
        var (exit, output, _) = cli.Run("score", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Score every jurisdiction of an answers file", output);
        Assert.Contains("--format <json|csv>", output);
    }
}
