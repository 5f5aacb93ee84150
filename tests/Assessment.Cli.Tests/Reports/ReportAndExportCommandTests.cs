using Assessment.Web.Reports;

namespace Assessment.Cli.Tests.Reports;

public class ReportAndExportCommandTests(DemoDatabaseFile demo) : IClassFixture<DemoDatabaseFile>, IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public void Writes_the_comparative_report_as_one_html_file()
    {
        var (exit, stdout, stderr) = cli.Run("report", "--db", demo.Path, "--round", "1", "--kind", "comparative", "--format", "html", "--lang", "en", "--out", cli.Folder);
        Assert.True(exit == 0, stderr);
        var file = Path.Combine(cli.Folder, "round-1-comparative-en.html");
        Assert.Equal(file, stdout.Trim());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.tmp"));
    }

    [Fact]
    public void Writes_one_jurisdiction_report_per_jurisdiction_with_plain_progress_lines_off_a_terminal()
    {
        var (exit, stdout, stderr) = cli.Run("report", "--db", demo.Path, "--round", "1", "--kind", "jurisdiction", "--all", "--format", "html", "--out", cli.Folder);
        Assert.True(exit == 0, stderr);
        Assert.Equal(11, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(11, Directory.GetFiles(cli.Folder, "round-1-*-zh.html").Length);
        Assert.Contains("[11/11] ", stderr);
    }

    [Theory]
    [InlineData("9", "comparative", null, "no round has id 9")]
    [InlineData("1", "jurisdiction", "9999", "not rated in this round")]
    [InlineData("1", "jurisdiction", null, "needs either --jurisdiction <code> or --all")]
    public void Refuses_what_cannot_be_reported_with_exit_code_2(string round, string kind, string? code, string message)
    {
        var args = new List<string> { "report", "--db", demo.Path, "--round", round, "--kind", kind, "--format", "html", "--lang", "en", "--out", cli.Folder };
        if (code is not null) args.AddRange(["--jurisdiction", code]);
        var (exit, _, stderr) = cli.Run([.. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Pdf_without_chromium_at_the_named_path_exits_2_with_a_message_and_writes_nothing()
    {
        var missing = Path.Combine(cli.Folder, "no-chromium-here");
        var output = Path.Combine(cli.Folder, "out");
        var (exit, stdout, stderr) = cli.Run("report", "--db", demo.Path, "--round", "1", "--kind", "comparative", "--format", "pdf", "--chromium", missing, "--out", output);
        Assert.Equal(2, exit);
        Assert.Equal($"report: This server has no Chromium, so no PDF can be made; the HTML version works. (looked for {missing}; install Debian's chromium or name it with --chromium)",
            stderr.Trim());
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_published_only_definition_refuses_an_unpublished_round()
    {
        var definition = cli.Write("published.yaml", "kind: comparative\nlanguage: en\ntitle: Published\npublished_only: true\nsections: [cover, ranking]\n");
        var (exit, _, stderr) = cli.Run("report", "--db", demo.Path, "--round", "2", "--kind", "comparative", "--format", "html", "--definition", definition, "--out", cli.Folder);
        Assert.Equal(2, exit);
        Assert.Contains("round 2 is not published, and the definition published.yaml reports published rounds only", stderr);
    }

    [Fact]
    public void A_bad_definition_is_reported_at_its_line_and_column()
    {
        var definition = cli.Write("bad.yaml", "kind: comparative\nlanguage: en\ntitle: Bad\nsections: [cover, spider]\n");
        var (exit, _, stderr) = cli.Run("report", "--db", demo.Path, "--round", "1", "--kind", "comparative", "--format", "html", "--definition", definition, "--out", cli.Folder);
        Assert.Equal(2, exit);
        Assert.Contains($"{definition}:4:19: sections: 'spider' is not a section of a comparative report", stderr);
    }

    [Fact]
    public void An_unwritable_folder_is_refused_before_anything_is_rendered()
    {
        var file = cli.Write("not-a-folder", "");
        var (exit, _, stderr) = cli.Run("report", "--db", demo.Path, "--round", "1", "--kind", "comparative", "--format", "html", "--out", Path.Combine(file, "reports"));
        Assert.Equal(2, exit);
        Assert.Contains("cannot write to", stderr);
    }

    [Fact]
    public async Task A_file_whose_writing_fails_halfway_leaves_no_file_behind()
    {
        var target = Path.Combine(cli.Folder, "half.html");
        await Assert.ThrowsAsync<OperationCanceledException>(() => ReportFile.WriteAsync(target, async s =>
        {
            await s.WriteAsync("<!DOCTYPE html><html>"u8.ToArray());
            throw new OperationCanceledException();
        }));
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void Exports_the_round_as_csv_files_and_as_a_workbook()
    {
        var folder = Path.Combine(cli.Folder, "csv");
        var (exit, _, stderr) = cli.Run("export", "--db", demo.Path, "--round", "1", "--format", "csv", "--out", folder);
        Assert.True(exit == 0, stderr);
        Assert.Equal(["README.csv", "answers_long.csv", "codebook.csv", "scores.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("round,jurisdiction,rater,layer,indicator,item,value,item_score,na,evidence_text,evidence_link", File.ReadAllText(Path.Combine(folder, "answers_long.csv")));
        Assert.DoesNotContain("evaluator1", File.ReadAllText(Path.Combine(folder, "answers_long.csv")));

        var workbook = Path.Combine(cli.Folder, "round-1.xlsx");
        (exit, _, stderr) = cli.Run("export", "--db", demo.Path, "--round", "1", "--format", "xlsx", "--out", workbook);
        Assert.True(exit == 0, stderr);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(workbook)[..2]);
    }

    [Fact]
    public void Export_of_an_unknown_round_exits_2()
    {
        var (exit, _, stderr) = cli.Run("export", "--db", demo.Path, "--round", "9", "--format", "csv", "--out", cli.Folder);
        Assert.Equal(2, exit);
        Assert.Contains("no round has id 9", stderr);
    }

    public void Dispose() => cli.Dispose();
}
