using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

// Whatever the file holds, the author gets located problems, never an exception.
public class RobustnessTests
{
    [Fact]
    public void Reports_every_problem_at_once_with_line_and_column()
    {
        var yaml = Yaml.With("version: \"1.0\"", "version: 1.0\nfavourite: yes");
        yaml = Yaml.With(yaml, "min: 40", "min: -3");
        yaml = Yaml.With(yaml, "weight: 2", "weight: -1");
        yaml = Yaml.With(yaml, "score: 0.5", "score: 7");
        yaml = Yaml.With(yaml, "[100, 1]", "[50, 1]");
        yaml = Yaml.With(yaml, "type: text", "type: essay");
        yaml = Yaml.With(yaml, "en: Portal", "en: \"\"");

        var result = Yaml.Load(yaml);

        Assert.Null(result.Instrument);
        var expected = new[]
        {
            (Yaml.Locate(yaml, "1.0\n"), "version: must be a quoted string"),
            (Yaml.Locate(yaml, "favourite"), "favourite: unknown key"),
            (Yaml.Locate(yaml, "-3"), "stages[1].min: must be a number from 0 to 100"),
            (Yaml.Locate(yaml, "\"\""), "layers[0].indicators[0].title.en: must be non-empty English text"),
            (Yaml.Locate(yaml, "-1"), "layers[0].indicators[0].items[2].weight: must be a number greater than 0 (got -1)"),
            (Yaml.Locate(yaml, "7, text"), "items[4].options[0].score: must be a score from 0 to 1 (got 7)"),
            (Yaml.Locate(yaml, "50, 1]"), "items[5].anchors[2][0]: anchor x values must be strictly ascending"),
            (Yaml.Locate(yaml, "essay"), "items[6].type: unknown item type essay"),
        };
        Assert.Equal(expected.Length, result.Problems.Count);
        foreach (var (problem, ((line, column), message)) in result.Problems.Zip(expected))
        {
            Assert.Equal((line, column), (problem.Line, problem.Column));
            Assert.Contains(message, problem.Message);
            Assert.StartsWith($"{Yaml.Source}:{line}:{column}: ", problem.ToString());
        }
    }

    [Fact]
    public void An_unclosed_brace_is_malformed_yaml_reported_at_the_brace()
    {
        var result = Yaml.Load("id: demo\nversion: \"1.0\"\ntitle: {zh: 演示, en: Demo\nstages: []\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, 8), (problem.Line, problem.Column)); // the { that is never closed
        Assert.StartsWith("malformed YAML: ", problem.Message);
    }

    [Fact]
    public void Malformed_yaml_is_one_problem_at_its_location()
    {
        // "title" indented under a plain scalar: the second ':' on one logical line is where YAML gives up.
        var result = Yaml.Load("id: demo\n  title: x\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{Yaml.Source}:2:8: malformed YAML: While scanning a plain scalar value, found invalid mapping.", problem.ToString());
    }

    [Fact]
    public void A_key_repeated_in_one_mapping_is_malformed_yaml_at_the_second_key()
    {
        var yaml = Yaml.With("    weight: 2\n", "    weight: 2\n            weight: 3\n");

        var problem = Assert.Single(Yaml.Load(yaml).Problems);

        Assert.Equal(Yaml.Locate(yaml, "weight: 3"), (problem.Line, problem.Column));
        Assert.Contains("Duplicate key", problem.Message);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_where_it_is()
    {
        var problem = Assert.Single(Yaml.Load("id: demo\nlayers:\n  - id: x\n  \t weight: 2\n").Problems);

        Assert.Equal((4, 3), (problem.Line, problem.Column));
        Assert.StartsWith("malformed YAML: ", problem.Message);
    }

    [Fact]
    public void An_empty_file_is_reported_as_holding_no_instrument()
    {
        var problem = Assert.Single(Yaml.Load("# nothing here yet\n").Problems);

        Assert.Equal($"{Yaml.Source}:1:1: the file holds no instrument; it starts with keys such as id:, version:, title:", problem.ToString());
    }

    [Fact]
    public void A_second_yaml_document_in_the_file_is_reported()
    {
        var yaml = Yaml.Valid + "\n---\nid: other\n";

        Yaml.AssertProblem(yaml, "id: other", 0, "one instrument version per file");
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-instrument-{Guid.NewGuid():N}.yaml");

        var result = InstrumentLoader.LoadFile(path);

        Assert.Null(result.Instrument);
        Assert.Equal($"{path}:1:1: the file does not exist; check the path", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_folder_given_as_the_file_is_a_problem_not_an_exception()
    {
        var result = InstrumentLoader.LoadFile(Path.GetTempPath());

        Assert.Null(result.Instrument);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var problem = Assert.Single(Yaml.Load("id: " + new string('[', 100_000)).Problems);

        Assert.Contains("nests deeper than 64 levels", problem.Message);
    }

    [Fact]
    public void An_alias_that_refers_to_itself_does_not_hang_the_loader()
    {
        var yaml = Yaml.With("layers:\n  - id: interface\n", "layers: &loop\n  - *loop\n  - id: interface\n");

        var result = Yaml.Load(yaml);

        Assert.Null(result.Instrument);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Garbage_input_never_throws()
    {
        // Characters that mean something to YAML, plus line breaks and non-ASCII, in random short strings:
        // this found YamlDotNet throwing InvalidOperationException on stray carriage returns.
        const string alphabet = "ab:- \n\t[]{}&*!|>'\"#%@`,?~0123.é中\\\r\uFEFF\u0085";
        var random = new Random(20260101);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var result = Yaml.Load(text);

            Assert.True(result.Instrument is null && result.Problems.Count > 0, $"garbage accepted: {text}");
        }
    }

    [Fact]
    public void Mutations_of_a_valid_instrument_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 3_000; i++)
        {
            var chars = Yaml.Valid.ToCharArray();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                chars[random.Next(chars.Length)] = "[]{}:-,#&*!|'\" \n0x"[random.Next(18)];
            }
            var text = new string(chars);

            var result = Yaml.Load(text);

            Assert.True(result.IsValid || result.Problems.Count > 0);
            Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1 && !p.Message.Contains('\n')));
        }
    }
}
