using System.Text.Json;

namespace Assessment.Cli.Tests;

public class ReliabilityCommandTests
{
    private const string Instrument = """
        id: rel-test
        version: "1"
        title: {zh: 测试量表, en: Test instrument}
        stages:
          - {id: low, min: 0, title: {zh: 低, en: Low}}
        layers:
          - id: L
            title: {zh: 层, en: Layer}
            indicators:
              - id: I
                title: {zh: 指标, en: Indicator}
                items:
                  - {id: a, type: likert, text: {zh: 甲, en: A}}
                  - {id: b, type: likert, text: {zh: 乙, en: B}}
        """;

    // a: (5, 4), (3, 3), (1, 2) -> scores (1, .75), (.5, .5), (0, .25); b: (5, 5), (-, 3), (1, 1).
    private const string Answers = """
        jurisdiction,rater,item,value
        J1,r1,a,5
        J1,r2,a,4
        J1,r1,b,5
        J1,r2,b,5
        J2,r1,a,3
        J2,r2,a,3
        J2,r2,b,3
        J3,r1,a,1
        J3,r2,a,2
        J3,r1,b,1
        J3,r2,b,1
        """;

    [Fact]
    public void Prints_the_reliability_of_an_answers_file_as_json()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("reliability", "--instrument", cli.Write("rel-test-1.yaml", Instrument), "--answers", cli.Write("a.csv", Answers));

        Assert.True(exit == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("rel-test", root.GetProperty("instrument").GetProperty("id").GetString());
        var a = root.GetProperty("items").GetProperty("a");
        Assert.Equal(3, a.GetProperty("jurisdictions").GetInt32());
        Assert.Equal(2, a.GetProperty("raters").GetInt32());
        // BMS = .28125, WMS = 1/48 (worked in RoundReliabilityTests): ICC(1,1) = 25/29; interval alpha 5/6.
        Assert.Equal(25 / 29.0, a.GetProperty("icc").GetProperty("ICC(1,1)").GetDouble(), 12);
        Assert.Equal(5 / 6.0, a.GetProperty("krippendorff").GetProperty("interval").GetDouble(), 12);
        Assert.Equal(48 / 49.0, root.GetProperty("layers").GetProperty("L").GetProperty("cronbach_alpha").GetDouble(), 12);
        Assert.Equal(2, root.GetProperty("composite").GetProperty("jurisdictions").GetInt32());
    }

    [Fact]
    public void Prints_a_text_table_with_undefined_values_as_dashes()
    {
        using var cli = new CliRun();
        var (exit, output, errors) = cli.Run("reliability", "--instrument", cli.Write("rel-test-1.yaml", Instrument),
            "--answers", cli.Write("a.csv", "jurisdiction,rater,item,value\nJ1,r1,a,5\n"), "--format", "text");

        Assert.True(exit == 0, errors);
        Assert.Contains("ICC(1,1)", output);
        Assert.Matches(@"\ba\s+1\s+1\s+-\s+-", output); // one jurisdiction, one rater: no ICC, no alpha
        Assert.DoesNotContain("NaN", output);
    }

    [Fact]
    public void Needs_either_files_or_a_round_and_says_so()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("reliability", "--instrument", cli.Write("rel-test-1.yaml", Instrument), "--round", "3");
        Assert.Equal(2, exit);
        Assert.Contains("either --instrument and --answers, or --db and --round", errors);
        Assert.Contains("usage: assessment reliability", errors);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_exit_2()
    {
        using var cli = new CliRun();
        var answers = cli.Write("a.csv", "jurisdiction,rater,item,value\nJ1,r1,a,9\n");
        var (exit, output, errors) = cli.Run("reliability", "--instrument", cli.Write("rel-test-1.yaml", Instrument), "--answers", answers);
        Assert.Equal(2, exit);
        Assert.Contains($"{answers}:2:", errors);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_missing_database_is_reported_with_exit_2()
    {
        using var cli = new CliRun();
        var (exit, _, errors) = cli.Run("reliability", "--db", Path.Combine(cli.Folder, "none.db"), "--round", "1");
        Assert.Equal(2, exit);
        Assert.Contains("no database here", errors);
    }
}
