using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assessment.Web.Reports.Definitions;

/// <summary>A problem in a report definition, located as file:line:column.</summary>
public sealed record DefinitionProblem(string File, long Line, long Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

public sealed class ReportDefinitionException(IReadOnlyList<DefinitionProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}

/// <summary>
/// Reads a report definition, reporting every problem at once with its location (as instruments are validated):
/// unknown keys, missing or wrong values, sections the kind does not have, repeated sections.
/// </summary>
public static class ReportDefinitionLoader
{
    private static readonly string[] Keys = ["kind", "language", "title", "published_only", "sections", "filter"];
    private static readonly string[] FilterKeys = ["levels", "provinces", "kinds", "jurisdictions"];
    private static readonly string[] Levels = ["province", "prefecture", "county"];

    /// <exception cref="ReportDefinitionException">The file is not a valid definition (every problem listed).</exception>
    public static ReportDefinition Load(string path) => Parse(System.IO.File.ReadAllText(path), path);

    public static ReportDefinition Parse(string text, string file)
    {
        var problems = new List<DefinitionProblem>();
        void Problem(Mark at, string message) => problems.Add(new(file, at.Line, at.Column, message));

        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            Problem(e.Start, $"malformed YAML: {e.Message}");
            throw new ReportDefinitionException(problems);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(stream.Documents.Count > 0 ? stream.Documents[0].RootNode.Start : Mark.Empty, "a definition is one mapping with keys kind:, language:, title:, sections:");
            throw new ReportDefinitionException(problems);
        }
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value)))
            Problem(key.Start, $"unknown key '{key.Value}' (known: {string.Join(", ", Keys)})");

        var kind = Scalar(root, "kind", Problem) switch
        {
            "jurisdiction" => ReportKind.Jurisdiction,
            "comparative" => ReportKind.Comparative,
            null => (ReportKind?)null,
            var other => Fail(Node(root, "kind")!.Start, $"kind: must be jurisdiction or comparative (got '{other}')"),
        };
        var language = Scalar(root, "language", Problem);
        if (language is not null and not ("zh" or "en")) Problem(Node(root, "language")!.Start, $"language: must be zh or en (got '{language}')");
        var title = Scalar(root, "title", Problem);
        if (title is { Length: 0 }) Problem(Node(root, "title")!.Start, "title: must not be empty");
        var publishedOnly = false;
        if (Node(root, "published_only") is { } po)
        {
            if (po is YamlScalarNode { Value: "true" or "false" } b) publishedOnly = b.Value == "true";
            else Problem(po.Start, "published_only: must be true or false");
        }

        var sections = List(root, "sections", Problem, required: true);
        if (kind is { } k)
        {
            var allowed = ReportDefinition.SectionsOf(k);
            foreach (var (value, node) in sections.Where(s => !allowed.Contains(s.Value)))
                Problem(node.Start, $"sections: '{value}' is not a section of a {k.ToString().ToLowerInvariant()} report (known: {string.Join(", ", allowed)})");
        }
        foreach (var repeated in sections.GroupBy(s => s.Value).Where(g => g.Count() > 1))
            Problem(repeated.Skip(1).First().Node.Start, $"sections: '{repeated.Key}' is listed twice");
        if (Node(root, "sections") is { } sn && sections.Count == 0 && sn is YamlSequenceNode) Problem(sn.Start, "sections: list at least one section");

        var filter = ReportFilter.None;
        if (Node(root, "filter") is { } f)
        {
            if (f is not YamlMappingNode fm) Problem(f.Start, $"filter: must be a mapping with keys {string.Join(", ", FilterKeys)}");
            else
            {
                foreach (var key in fm.Children.Keys.OfType<YamlScalarNode>().Where(k2 => !FilterKeys.Contains(k2.Value)))
                    Problem(key.Start, $"filter: unknown key '{key.Value}' (known: {string.Join(", ", FilterKeys)})");
                var levels = List(fm, "levels", Problem);
                foreach (var (value, node) in levels.Where(l => !Levels.Contains(l.Value)))
                    Problem(node.Start, $"filter.levels: '{value}' is not a level (known: {string.Join(", ", Levels)})");
                filter = new ReportFilter(levels.Select(l => l.Value).ToList(), List(fm, "provinces", Problem).Select(p => p.Value).ToList(),
                    List(fm, "kinds", Problem).Select(x => x.Value).ToList(), List(fm, "jurisdictions", Problem).Select(j => j.Value).ToList());
            }
        }

        if (problems.Count > 0 || kind is null || language is null || title is null)
            throw new ReportDefinitionException(problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList());
        return new ReportDefinition(file, kind.Value, language, title, publishedOnly, sections.Select(s => s.Value).ToList(), filter);

        ReportKind? Fail(Mark at, string message)
        {
            Problem(at, message);
            return null;
        }
    }

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key, Action<Mark, string> problem)
    {
        switch (Node(map, key))
        {
            case null:
                problem(map.Start, $"{key}: is missing");
                return null;
            case YamlScalarNode s:
                return s.Value ?? "";
            case var other:
                problem(other.Start, $"{key}: must be a single value");
                return null;
        }
    }

    private static List<(string Value, YamlNode Node)> List(YamlMappingNode map, string key, Action<Mark, string> problem, bool required = false)
    {
        switch (Node(map, key))
        {
            case null:
                if (required) problem(map.Start, $"{key}: is missing");
                return [];
            case YamlSequenceNode seq:
                var values = new List<(string, YamlNode)>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } v }) values.Add((v, item));
                    else problem(item.Start, $"{key}: each entry must be a single non-empty value");
                }
                return values;
            case var other:
                problem(other.Start, $"{key}: must be a list, e.g. [a, b]");
                return [];
        }
    }
}
