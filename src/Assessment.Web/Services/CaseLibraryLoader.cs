using Assessment.Core.Instruments;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assessment.Web.Services;

/// <summary>
/// Reads case files (YAML, one case each, format at the head of Cases/README.md). Read through the YAML node tree
/// rather than a deserializer so that every problem names the line it is on. A file with any problem is skipped
/// whole: a half-read case could show a table without its figures.
/// </summary>
public static class CaseLibraryLoader
{
    public static CaseLoadResult Load(IEnumerable<(string File, TextReader Reader)> files)
    {
        var cases = new List<CaseStudy>();
        var problems = new List<CaseFileProblem>();
        foreach (var (file, reader) in files)
        {
            var fileProblems = new List<CaseFileProblem>();
            var study = ReadOne(file, reader, fileProblems);
            if (study is not null && cases.Any(c => c.Id == study.Id))
                fileProblems.Add(new(file, 1, $"id '{study.Id}' is already used by another case file; give each case its own id."));
            if (fileProblems.Count == 0 && study is not null) cases.Add(study);
            problems.AddRange(fileProblems);
        }
        return new(cases.OrderBy(c => c.SeedFile, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(), problems);
    }

    private static CaseStudy? ReadOne(string file, TextReader reader, List<CaseFileProblem> problems)
    {
        var stream = new YamlStream();
        try { stream.Load(reader); }
        catch (YamlException e)
        {
            problems.Add(new(file, (int)e.Start.Line, $"not valid YAML: {(e.InnerException ?? e).Message}"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(file, 1, "the file must be a YAML mapping (id:, seed:, year:, model:, title:, ...)."));
            return null;
        }
        var r = new NodeReader(file, problems);
        var id = r.Text(root, "id");
        var seed = r.Text(root, "seed");
        var year = r.Year(root);
        var model = r.Model(root);
        var title = r.Bilingual(root, "title");
        var summary = r.Bilingual(root, "summary");
        var narrative = r.List(root, "narrative", required: true).Select(n => r.Pair(n, "narrative paragraph")).ToList();
        var tables = r.List(root, "tables", required: false).Select(r.Table).ToList();
        var jurisdictions = r.List(root, "jurisdictions", required: false).Select(r.Jurisdiction).ToList();
        if (problems.Count > 0) return null;
        return new(id, seed, year, model, title, summary, narrative, tables, jurisdictions);
    }

    /// <summary>Reads fields off nodes, recording a problem with the node's line for each thing missing or wrong.</summary>
    private sealed class NodeReader(string file, List<CaseFileProblem> problems)
    {
        private static readonly LocalizedText Empty = new("", "");

        private void Problem(YamlNode node, string message) => problems.Add(new(file, (int)node.Start.Line, message));

        private YamlNode? Child(YamlMappingNode map, string key, bool required = true)
        {
            if (map.Children.TryGetValue(new YamlScalarNode(key), out var value)) return value;
            if (required) Problem(map, $"'{key}' is missing here; add it.");
            return null;
        }

        public string Text(YamlMappingNode map, string key)
        {
            var node = Child(map, key);
            if (node is null) return "";
            if (node is YamlScalarNode { Value: { Length: > 0 } value }) return value.Trim();
            Problem(node, $"'{key}' must be a non-empty text.");
            return "";
        }

        public int Year(YamlMappingNode map)
        {
            var text = Text(map, "year");
            if (text.Length == 0) return 0;
            if (int.TryParse(text, out var year) && year is >= 1990 and <= 2100) return year;
            Problem(Child(map, "year")!, $"year '{text}' must be a four-digit year such as 2020.");
            return 0;
        }

        public CaseModel Model(YamlMappingNode map)
        {
            var text = Text(map, "model");
            var model = text switch
            {
                "iceberg" => CaseModel.Iceberg,
                "quadrant" => CaseModel.Quadrant,
                "platforms" => CaseModel.Platforms,
                "policy-tools" => CaseModel.PolicyTools,
                _ => (CaseModel?)null,
            };
            if (model is null && text.Length > 0) Problem(Child(map, "model")!, $"model '{text}' is not one of iceberg, quadrant, platforms, policy-tools.");
            return model ?? CaseModel.Iceberg;
        }

        /// <summary>The field <paramref name="key"/> of a mapping as a text in both languages.</summary>
        public LocalizedText Bilingual(YamlMappingNode map, string key) =>
            Child(map, key) is { } node ? Pair(node, key) : Empty;

        /// <summary>A text in both languages: a mapping with non-empty zh: and en:.</summary>
        public LocalizedText Pair(YamlNode node, string what)
        {
            if (node is YamlMappingNode pair)
                return new(BilingualPart(pair, "zh", what), BilingualPart(pair, "en", what));
            Problem(node, $"'{what}' needs both languages: a mapping with zh: and en:.");
            return Empty;
        }

        private string BilingualPart(YamlMappingNode pair, string language, string what)
        {
            if (pair.Children.TryGetValue(new YamlScalarNode(language), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s } && s.Trim().Length > 0)
                return s.Trim();
            Problem(pair, $"'{what}' has no {(language == "zh" ? "Chinese (zh:)" : "English (en:)")} text; every visible text is needed in both languages.");
            return "";
        }

        /// <summary>A cell: a plain scalar (the same in both languages, e.g. a figure) or a zh/en mapping.</summary>
        private LocalizedText Cell(YamlNode node, string column) => node is YamlScalarNode { Value: var value }
            ? new(value ?? "", value ?? "")
            : Pair(node, $"cell '{column}'");

        public IReadOnlyList<YamlMappingNode> List(YamlMappingNode map, string key, bool required)
        {
            var node = Child(map, key, required);
            if (node is null) return [];
            if (node is not YamlSequenceNode seq) { Problem(node, $"'{key}' must be a list (lines starting with '- ')."); return []; }
            var items = new List<YamlMappingNode>();
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode m) items.Add(m);
                else Problem(item, $"each entry of '{key}' must be a mapping.");
            }
            if (required && items.Count == 0) Problem(node, $"'{key}' must have at least one entry.");
            return items;
        }

        public CaseTable Table(YamlMappingNode map)
        {
            var id = Text(map, "id");
            var caption = Bilingual(map, "caption");
            var columns = List(map, "columns", required: true).Select(c => new CaseColumn(
                Text(c, "key"), Bilingual(c, "title"),
                Child(c, "numeric", required: false) is YamlScalarNode { Value: "true" })).ToList();
            var keys = columns.Select(c => c.Key).ToHashSet();
            var rows = new List<CaseRow>();
            foreach (var row in List(map, "rows", required: true))
            {
                var cells = new Dictionary<string, LocalizedText>();
                foreach (var (k, v) in row.Children)
                {
                    var key = k is YamlScalarNode { Value: { } name } ? name : "";
                    if (!keys.Contains(key)) { Problem(k, $"column '{key}' is not among the table's columns ({string.Join(", ", keys)})."); continue; }
                    cells[key] = Cell(v, key);
                }
                rows.Add(new(cells));
            }
            var note = Child(map, "note", required: false) is { } n ? Pair(n, "note") : null;
            return new(id, caption, columns, rows, note);
        }

        /// <summary>code, name and, optionally, seed_quadrant (I to IV) with the seed_passages that place it there.</summary>
        public CaseJurisdiction Jurisdiction(YamlMappingNode map)
        {
            var jurisdiction = new CaseJurisdiction(Text(map, "code"), Bilingual(map, "name"));
            if (Child(map, "seed_quadrant", required: false) is not { } node) return jurisdiction;
            var text = node is YamlScalarNode { Value: { } v } ? v.Trim() : "";
            if (!Enum.TryParse<Quadrant>(text, out var quadrant) || !Enum.IsDefined(quadrant) || !text.All(char.IsLetter))
            {
                Problem(node, $"seed_quadrant '{text}' is not one of I, II, III, IV.");
                return jurisdiction;
            }
            var passages = Child(map, "seed_passages") is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList() : [];
            if (passages.Count == 0 && map.Children.ContainsKey(new YamlScalarNode("seed_passages")))
                Problem(map, "seed_passages must list the seed's passages (verbatim) that place the jurisdiction in its quadrant.");
            return jurisdiction with { SeedQuadrant = quadrant, SeedPassages = passages };
        }
    }
}
