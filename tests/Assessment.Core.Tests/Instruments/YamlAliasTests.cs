namespace Assessment.Core.Tests.Instruments;

// An alias repeats a whole subtree: a few lines of anchors can expand to billions of nodes ("billion laughs"),
// so the loader refuses aliases outright; no instrument needs them.
public class YamlAliasTests
{
    [Fact]
    public void An_alias_in_an_otherwise_valid_instrument_is_refused_where_it_stands()
    {
        var yaml = Yaml.With(Yaml.With("{zh: 界面, en: Interface}", "&layer_title {zh: 界面, en: Interface}"), "{zh: 门户, en: Portal}", "*layer_title");

        var result = Yaml.Load(yaml);

        Assert.Null(result.Instrument);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(Yaml.Locate(yaml, "*layer_title"), (problem.Line, problem.Column));
        Assert.Contains("alias", problem.Message);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_quickly()
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 10; i++)
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = Yaml.Load(string.Join("\n", lines) + "\n");

        Assert.Null(result.Instrument);
        Assert.Contains(result.Problems, p => p.Message.Contains("alias"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
