using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

/// <summary>
/// A small valid instrument using every item type, and the means to break it one rule at a time and check where
/// the loader says the problem is. Locations are found by searching the text for the offending fragment, so each
/// test states exactly which node it expects to be blamed.
/// </summary>
internal static class Yaml
{
    public const string Source = "test.yaml";

    public const string Valid = """
        id: demo
        version: "1.0"
        title: {zh: 演示, en: Demo}
        stages:
          - {id: emerging, min: 0, title: {zh: 起步, en: Emerging}}
          - {id: developing, min: 40, title: {zh: 发展, en: Developing}}
        scales:
          agree3:
            points: 3
            labels:
              - {zh: 不符合, en: Disagree}
              - {zh: 一般, en: Neutral}
              - {zh: 符合, en: Agree}
        layers:
          - id: interface
            title: {zh: 界面, en: Interface}
            indicators:
              - id: interface.portal
                title: {zh: 门户, en: Portal}
                items:
                  - id: portal_likert
                    type: likert
                    text: {zh: 一网通办, en: One portal}
                  - id: portal_scaled
                    type: likert
                    scale: agree3
                    axis: technology
                    text: {zh: 量表题, en: Scaled}
                  - id: portal_bool
                    type: boolean
                    weight: 2
                    reverse: true
                    axis: organization
                    text: {zh: 是否, en: Yes or no}
                  - id: portal_choice
                    type: choice
                    allow_na: true
                    options:
                      - {key: none, score: 0, text: {zh: 无, en: None}}
                      - {key: full, score: 1, text: {zh: 全, en: Full}}
                    text: {zh: 单选, en: Choice}
                  - id: portal_multi
                    type: multi
                    options:
                      - {key: app, score: 0.5, text: {zh: 应用, en: App}}
                    text: {zh: 多选, en: Multi}
                  - id: portal_numeric
                    type: numeric
                    anchors: [[0, 0], [60, 0.5], [100, 1]]
                    unit: {zh: "%", en: "%"}
                    text: {zh: 数值, en: Numeric}
                  - id: portal_note
                    type: text
                    text: {zh: 备注, en: Notes}
        """;

    public static InstrumentLoadResult Load(string yaml) => InstrumentLoader.LoadText(yaml, Source);

    /// <summary>The valid instrument with one fragment replaced; the fragment must occur exactly once.</summary>
    public static string With(string find, string replace) => With(Valid, find, replace);

    public static string With(string yaml, string find, string replace)
    {
        Assert.Equal(1, Count(yaml, find));
        return yaml.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column where <paramref name="needle"/> (which must be unique) starts.</summary>
    public static (int Line, int Column) Locate(string yaml, string needle)
    {
        Assert.Equal(1, Count(yaml, needle));
        var index = yaml.IndexOf(needle, StringComparison.Ordinal);
        var before = yaml[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>
    /// Asserts the load failed with a problem at the start of <paramref name="needle"/> (shifted right by
    /// <paramref name="offset"/> characters) whose message contains every one of <paramref name="fragments"/>.
    /// </summary>
    public static InstrumentProblem AssertProblem(string yaml, string needle, int offset, params string[] fragments)
    {
        var result = Load(yaml);
        Assert.Null(result.Instrument);
        Assert.False(result.IsValid);
        var (line, column) = Locate(yaml, needle);
        var here = result.Problems.Where(p => p.Line == line && p.Column == column + offset).ToArray();
        Assert.True(here.Length > 0,
            $"no problem at {line}:{column + offset}; problems were:\n{string.Join("\n", result.Problems)}");
        var match = here.FirstOrDefault(p => fragments.All(f => p.Message.Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null,
            $"no problem at {line}:{column + offset} says [{string.Join("; ", fragments)}]; problems there:\n{string.Join("\n", here)}");
        Assert.All(result.Problems, p => Assert.Equal(Source, p.File));
        return match;
    }

    private static int Count(string text, string find)
    {
        var count = 0;
        for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
