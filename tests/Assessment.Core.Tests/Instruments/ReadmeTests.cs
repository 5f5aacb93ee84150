using System.Text.RegularExpressions;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

// instruments/README.md is what instrument authors read: its example must load and its key tables must be complete.
public partial class ReadmeTests
{
    private const string ExampleName = "instruments/demo-1.0.yaml";
    private static readonly string Readme = RepositoryFile.Read(Path.Combine("instruments", "README.md"));

    [Fact]
    public void The_example_instrument_in_the_readme_is_valid()
    {
        var result = InstrumentLoader.LoadText(Example(), ExampleName);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["likert", "boolean", "choice", "multi", "likert", "numeric", "text"],
            result.Instrument!.Items.Select(i => i.Type.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void The_readme_shows_exactly_the_problems_the_loader_reports_for_its_six_mistakes()
    {
        var yaml = Example();
        var commaMistake = Yaml.With(yaml, "en: \"One portal, one app\"", "en: One portal, one app");
        yaml = Yaml.With(yaml, "version: \"1.0\"", "version: 1.0");
        yaml = Yaml.With(yaml, "min: 70", "min: 30");
        yaml = Yaml.With(yaml, "          - id: if_one_portal\n", "          - id: if_one_portal\n            wieght: 2\n");
        yaml = Yaml.With(yaml, "{key: partial, score: 0.5", "{key: partial, score: 5");
        yaml = Yaml.With(yaml, "id: safeguard.coordination", "id: if_offline");

        var reported = InstrumentLoader.LoadText(yaml, ExampleName).Problems
            .Concat(InstrumentLoader.LoadText(commaMistake, ExampleName).Problems)
            .OrderBy(p => p.Line).Select(p => p.ToString());

        var shown = Block("text").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown, reported);
    }

    [Fact]
    public void Every_key_the_loader_accepts_is_documented_in_a_table()
    {
        var documented = TableKeys().Matches(Readme).Select(m => m.Groups[1].Value).ToHashSet();

        var all = InstrumentKeys.Root.Concat(InstrumentKeys.Quadrants).Concat(InstrumentKeys.Stage).Concat(InstrumentKeys.Scale)
            .Concat(InstrumentKeys.Layer).Concat(InstrumentKeys.Indicator).Concat(InstrumentKeys.Item)
            .Concat(InstrumentKeys.Option).Concat(InstrumentKeys.Text);
        var undocumented = all.Where(key => !documented.Contains(key)).ToArray();
        Assert.True(undocumented.Length == 0, $"not documented: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void The_readme_shows_the_schema_hint_and_the_validate_command_and_ends_with_the_coverage_section()
    {
        Assert.Contains("# yaml-language-server: $schema=instrument.schema.json", Readme);
        Assert.Contains("dotnet run --project src/Assessment.Cli -- validate instruments/<file>.yaml", Readme);
        Assert.EndsWith("## Coverage of the domain model\n\n(filled in with the instrument content)\n", Readme.ReplaceLineEndings("\n"));
    }

    private static string Example() => Block("yaml\n# yaml-language-server", keepFirstLine: true);

    /// <summary>The first fenced block whose opening line starts with ```<paramref name="info"/>.</summary>
    private static string Block(string info, bool keepFirstLine = false)
    {
        var text = Readme.ReplaceLineEndings("\n");
        var start = text.IndexOf("```" + info, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no ```{info} block in the README");
        var body = text.IndexOf('\n', start) + 1;
        if (keepFirstLine) body = start + 3 + info.IndexOf('\n') + 1;
        return text[body..text.IndexOf("```", body, StringComparison.Ordinal)];
    }

    // The first cell of a table row: | `key` | ...
    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableKeys();
}
